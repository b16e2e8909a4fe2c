package org.activationworkbench.ui.panels;

import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.activationworkbench.experiment.Snapshot;
import org.activationworkbench.ui.model.Counts;
import org.activationworkbench.ui.model.WorkbenchViewModel;

/**
 * A scrubber over the run's history: dragging shows every activation panel and the curves' cursor at that
 * moment; "Live" (or the right end) follows the run again.
 */
public final class TimelineView extends HBox {

    final Slider slider = new Slider(0, 1, 1);
    public final Button live = new Button("Live");
    private final Label where = new Label("live");
    private boolean updating;

    public TimelineView() {
        getStyleClass().add("timeline");
        setAlignment(Pos.CENTER_LEFT);
        Label title = new Label("Timeline");
        title.getStyleClass().add("card-title");
        HBox.setHgrow(slider, Priority.ALWAYS);
        slider.setTooltip(new Tooltip("Drag back in time: the activations and the curves' cursor follow"));
        live.setTooltip(new Tooltip("Follow the run again"));
        where.getStyleClass().add("status");
        where.setMinWidth(210);
        getChildren().addAll(title, slider, where, live);
    }

    public void bind(WorkbenchViewModel vm) {
        slider.valueProperty().addListener((o, a, v) -> {
            if (updating) return;
            int last = vm.historySize.get() - 1;
            int i = (int) Math.round(v.doubleValue());
            if (vm.historySize.get() == 0 || i >= last) {
                vm.scrubIndex.set(-1);
            } else {
                if (vm.playing.get()) vm.pause();
                vm.scrubIndex.set(Math.min(i, last));
            }
        });
        live.setOnAction(e -> vm.scrubIndex.set(-1));
        live.disableProperty().bind(vm.scrubIndex.lessThan(0));
        vm.frame.addListener((o, a, b) -> update(vm));
    }

    /** Moves the scrubber to history index i (as a drag would). */
    public void scrubTo(int i) {
        slider.setValue(i);
    }

    private void update(WorkbenchViewModel vm) {
        updating = true;
        int n = vm.historySize.get();
        slider.setMax(Math.max(1, n - 1));
        slider.setDisable(n < 2);
        if (!vm.scrubbing()) slider.setValue(slider.getMax());
        updating = false;
        Snapshot s = vm.shownSnapshot();
        where.setText(s == null ? "" : vm.scrubbing()
                ? String.format(Locale.ROOT, "step %,d · epoch %.2f (history)", s.step(), s.epoch())
                : "live · " + Counts.of(n, "snapshot") + " kept");
    }
}
