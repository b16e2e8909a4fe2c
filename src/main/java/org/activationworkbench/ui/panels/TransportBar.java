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
import org.activationworkbench.experiment.Snapshot;
import org.activationworkbench.live.TrainerState;
import org.activationworkbench.ui.model.WorkbenchViewModel;

/** Play/pause, single step, reset, speed, and the run's status (epoch, step, samples/s, elapsed). */
public final class TransportBar extends HBox {

    /** Speed slider stops, in steps per second; the last is "as fast as possible". */
    static final double[] SPEEDS = {2, 5, 10, 30, 100, 300, 1000, Double.POSITIVE_INFINITY};

    public final Button play = new Button("Play");
    final Button step = new Button("Step");
    public final Button reset = new Button("Reset");
    final Slider speed = new Slider(0, SPEEDS.length - 1, SPEEDS.length - 1);
    private final Label speedLabel = new Label();
    final Label epoch = status("epoch —");
    public final Label steps = status("step —");
    final Label rate = status("— samples/s");
    final Label elapsed = status("0:00");
    /** The training procedure's phase ("joint", "weights-only", ...). */
    public final Label phase = status("");

    public TransportBar() {
        getStyleClass().add("transport");
        setAlignment(Pos.CENTER_LEFT);
        play.getStyleClass().add("accent");
        play.setDefaultButton(false);
        play.setMinWidth(86);
        play.setTooltip(new Tooltip("Start or pause training (Space)"));
        step.setTooltip(new Tooltip("Train one mini-batch, then pause (S)"));
        reset.setTooltip(new Tooltip("Back to the initial network; the same seed gives the same start (R)"));
        speed.setMajorTickUnit(1);
        speed.setMinorTickCount(0);
        speed.setSnapToTicks(true);
        speed.setPrefWidth(130);
        speed.setTooltip(new Tooltip("Training speed: slow it down to watch single steps in class"));
        speedLabel.getStyleClass().add("muted");
        speedLabel.setMinWidth(64);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label speedTitle = new Label("Speed");
        speedTitle.getStyleClass().add("muted");
        phase.setTooltip(new Tooltip("The training procedure's current phase: which parameters learn now"));
        getChildren().addAll(play, step, reset, gap(), speedTitle, speed, speedLabel, spacer, phase, epoch, steps, rate,
                elapsed);
    }

    private static int nearestStop(double stepsPerSecond) {
        for (int i = 0; i < SPEEDS.length; i++) if (stepsPerSecond <= SPEEDS[i]) return i;
        return SPEEDS.length - 1;
    }

    private static Region gap() {
        Region r = new Region();
        r.setMinWidth(12);
        return r;
    }

    private static Label status(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("status");
        return l;
    }

    public void bind(WorkbenchViewModel vm) {
        play.setOnAction(e -> vm.togglePlay());
        step.setOnAction(e -> vm.step());
        reset.setOnAction(e -> vm.reset());
        vm.playing.addListener((o, a, p) -> play.setText(p ? "Pause" : "Play"));
        speed.valueProperty().addListener((o, a, v) -> {
            double s = SPEEDS[(int) Math.round(v.doubleValue())];
            speedLabel.setText(Double.isInfinite(s) ? "max" : String.format(Locale.ROOT, "%.0f steps/s", s));
            vm.speed.set(s);
        });
        speedLabel.setText("max");
        vm.speed.addListener((o, a, v) -> speed.setValue(nearestStop(v.doubleValue())));
        play.disableProperty().bind(vm.loading);
        step.disableProperty().bind(vm.loading);
        reset.disableProperty().bind(vm.loading);
        vm.frame.addListener((o, a, b) -> update(vm));
        phase.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> vm.phase.get().isEmpty() ? "" : "phase: " + vm.phase.get(), vm.phase));
        phase.visibleProperty().bind(vm.phase.isNotEmpty());
        phase.managedProperty().bind(phase.visibleProperty());
    }

    private void update(WorkbenchViewModel vm) {
        TrainerState s = vm.state();
        Snapshot shown = vm.shownSnapshot();
        if (s == null || shown == null) return;
        epoch.setText(String.format(Locale.ROOT, "epoch %.2f", shown.epoch()));
        steps.setText(String.format(Locale.ROOT, "step %,d", shown.step()));
        rate.setText(s.playing() ? String.format(Locale.ROOT, "%,.0f samples/s", s.samplesPerSecond()) : "paused");
        long secs = (long) shown.seconds();
        elapsed.setText(String.format(Locale.ROOT, "%d:%02d", secs / 60, secs % 60));
    }
}
