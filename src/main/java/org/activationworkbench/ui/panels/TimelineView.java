package org.activationworkbench.ui.panels;

import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.activationworkbench.experiment.RunHistory;
import org.activationworkbench.experiment.Snapshot;
import org.activationworkbench.ui.model.Counts;
import org.activationworkbench.ui.model.WorkbenchViewModel;

/**
 * A scrubber over the run's history: dragging shows every activation panel and the curves' cursor at that
 * moment; "Live" (or the right end) follows the run again.
 */
public final class TimelineView extends HBox {

    public final Slider slider = new Slider(0, 1, 1);
    public final Button live = new Button("Live");
    private final Label where = new Label("live");
    private boolean updating;
    private WorkbenchViewModel vm;

    public TimelineView() {
        getStyleClass().add("timeline");
        setAlignment(Pos.CENTER_LEFT);
        Label title = new Label("Timeline");
        title.getStyleClass().add("card-title");
        HBox.setHgrow(slider, Priority.ALWAYS);
        slider.setAccessibleText("Timeline: the moment of the run shown");
        live.setAccessibleHelp("Follow the run again");
        slider.setTooltip(new Tooltip("Drag back in time: the activations and the curves' cursor follow"));
        live.setTooltip(new Tooltip("Follow the run again"));
        where.getStyleClass().add("status");
        where.setMinWidth(Region.USE_PREF_SIZE);
        live.setMinWidth(Region.USE_PREF_SIZE);
        title.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().addAll(title, slider, where, live);
    }

    public void bind(WorkbenchViewModel vm) {
        this.vm = vm;
        // the slider's travel is the run's steps: a third of the way is a third of the steps trained
        slider.valueProperty().addListener((o, a, v) -> {
            if (updating) return;
            RunHistory h = vm.history();
            int n = vm.historySize.get();
            if (h == null || n == 0) return;
            int i = vm.snapshotIndexAt(Math.round(v.doubleValue()));
            if (i < 0 || i >= n - 1) {
                vm.scrubIndex.set(-1);
            } else {
                if (vm.playing.get()) vm.pause();
                vm.scrubIndex.set(i);
            }
        });
        live.setOnAction(e -> vm.scrubIndex.set(-1));
        live.disableProperty().bind(vm.scrubIndex.lessThan(0));
        vm.frame.addListener((o, a, b) -> update());
    }

    /** Moves the scrubber to history index i (as a drag would). */
    public void scrubTo(int i) {
        RunHistory h = vm.history();
        if (h != null && i >= 0 && i < h.snapshotCount()) slider.setValue(h.snapshot(i).step());
    }

    /** Moves the scrubber to a step (as a drag there would). */
    public void scrubToStep(long step) {
        slider.setValue(step);
    }

    private void update() {
        updating = true;
        RunHistory h = vm.history();
        int n = vm.historySize.get();
        Snapshot last = h == null ? null : h.last();
        long lastStep = last == null ? 0 : last.step();
        slider.setMax(Math.max(1, lastStep));
        slider.setDisable(n < 2);
        Snapshot s = vm.shownSnapshot();
        if (!vm.scrubbing()) slider.setValue(slider.getMax());
        else if (s != null && !slider.isValueChanging()) slider.setValue(s.step());
        updating = false;
        where.setText(s == null ? "" : vm.scrubbing()
                ? String.format(Locale.ROOT, "step %,d of %,d · epoch %.2f", s.step(), lastStep, s.epoch())
                : "live · " + Counts.of(n, "snapshot") + " kept");
    }
}
