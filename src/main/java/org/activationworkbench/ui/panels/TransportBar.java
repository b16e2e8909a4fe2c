package org.activationworkbench.ui.panels;

import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.activationworkbench.ui.dialogs.WrappingBar;
import org.activationworkbench.experiment.RunDescription;
import org.activationworkbench.experiment.Snapshot;
import org.activationworkbench.live.TrainerState;
import org.activationworkbench.ui.model.RunStatus;
import org.activationworkbench.ui.model.WorkbenchViewModel;

/**
 * Play/pause, single step, reset, speed, and the run's status: epoch, step, the measured pace in a class's units,
 * elapsed time, and one sentence when the run is done or diverged. The status chips move to a row of their own
 * when the window is narrow or the type large, so no control is ever cut.
 */
public final class TransportBar extends WrappingBar {

    /** Speed slider stops, in steps per second; the last is "as fast as possible". */
    static final double[] SPEEDS = {2, 5, 10, 20, 50, 100, 200, 500, 1000, 3000, Double.POSITIVE_INFINITY};

    public final Button play = new Button("Play");
    public final Button step = new Button("Step");
    public final Button reset = new Button("Reset");
    final Slider speed = new Slider(0, SPEEDS.length - 1, SPEEDS.length - 1);
    final Label speedLabel = new Label("max");
    /** Opens the experiment form over the plots (presentation mode keeps it in a drawer). */
    public final ToggleButton settings = new ToggleButton("Settings");
    final Label epoch = status("epoch —");
    public final Label steps = status("step —");
    public final Label rate = status("paused");
    final Label elapsed = status("0:00");
    /** "Done: 60 epochs, test accuracy 97 %: press Play to go on", or the divergence; hidden when empty. */
    public final Label sentence = status("");
    /** The training procedure's phase ("joint", "weights-only", ...). */
    public final Label phase = status("");
    private boolean syncing;
    private long sentenceVersion = -1;

    public TransportBar() {
        this(new HBox(8), new FlowPane(6, 4));
    }

    private TransportBar(HBox lead, FlowPane trail) {
        super(lead, trail);
        getStyleClass().add("transport");
        lead.setAlignment(Pos.CENTER_LEFT);
        trail.setAlignment(Pos.CENTER_RIGHT);
        play.getStyleClass().add("accent");
        play.setDefaultButton(false);
        play.setMinWidth(Region.USE_PREF_SIZE);
        play.setPrefWidth(Region.USE_COMPUTED_SIZE);
        play.setTooltip(new Tooltip("Start or pause training (Space)"));
        step.setTooltip(new Tooltip("Train one mini-batch, then pause (S)"));
        reset.setTooltip(new Tooltip("Back to the initial network; the same seed gives the same start (R)"));
        speed.setMajorTickUnit(1);
        speed.setMinorTickCount(0);
        speed.setSnapToTicks(true);
        speed.setPrefWidth(120);
        speed.setAccessibleText("Training speed");
        speed.setMinWidth(80);
        speed.setTooltip(new Tooltip("Training speed, from 2 steps a second (watch single steps) to as fast as the "
                + "machine goes; a preset sets its own pace"));
        speedLabel.getStyleClass().add("muted");
        Label speedTitle = new Label("Speed");
        speedTitle.getStyleClass().add("muted");
        settings.setTooltip(new Tooltip("Show the experiment's settings over the plots"));
        phase.setTooltip(new Tooltip("The training procedure's current phase: which parameters learn now"));
        rate.setTooltip(new Tooltip("Measured training speed over the last seconds"));
        for (var b : java.util.List.of(play, step, reset, settings, speedTitle, speedLabel)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        lead.getChildren().addAll(play, step, reset, gap(), speedTitle, speed, speedLabel, settings);
        trail.getChildren().addAll(sentence, phase, epoch, steps, rate, elapsed);
    }

    /** The nearest stop at or above a pace. */
    static int nearestStop(double stepsPerSecond) {
        for (int i = 0; i < SPEEDS.length; i++) if (stepsPerSecond <= SPEEDS[i] * 1.0001) return i;
        return SPEEDS.length - 1;
    }

    private static Region gap() {
        Region r = new Region();
        r.setMinWidth(8);
        return r;
    }

    private static Label status(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("status");
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    public void bind(WorkbenchViewModel vm) {
        play.setOnAction(e -> vm.togglePlay());
        step.setOnAction(e -> vm.step());
        reset.setOnAction(e -> vm.reset());
        vm.playing.addListener((o, a, p) -> play.setText(p ? "Pause" : "Play"));
        // the slider writes only what the user chose; a preset's pace between two stops shows in the label as is
        speed.valueProperty().addListener((o, a, v) -> {
            if (!syncing) vm.speed.set(SPEEDS[(int) Math.round(v.doubleValue())]);
        });
        vm.speed.addListener((o, a, v) -> showSpeed(vm));
        showSpeed(vm);
        play.disableProperty().bind(vm.loading);
        step.disableProperty().bind(vm.loading);
        reset.disableProperty().bind(vm.loading);
        settings.selectedProperty().bindBidirectional(vm.appearance.drawerOpen);
        settings.visibleProperty().bind(vm.appearance.presentation);
        settings.managedProperty().bind(settings.visibleProperty());
        vm.frame.addListener((o, a, b) -> update(vm));
        phase.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> vm.phase.get().isEmpty() ? "" : "phase: " + vm.phase.get(), vm.phase));
        phase.visibleProperty().bind(vm.phase.isNotEmpty());
        phase.managedProperty().bind(phase.visibleProperty());
        sentence.visibleProperty().bind(sentence.textProperty().isNotEmpty());
        sentence.managedProperty().bind(sentence.visibleProperty());
    }

    private void showSpeed(WorkbenchViewModel vm) {
        double s = vm.speed.get();
        syncing = true;
        try {
            speed.setValue(nearestStop(s));
        } finally {
            syncing = false;
        }
        boolean preset = Double.isFinite(s) && s == vm.presetPace.get();
        speedLabel.setText(RunStatus.pace(s) + (preset ? " (preset)" : ""));
    }

    private void update(WorkbenchViewModel vm) {
        TrainerState s = vm.state();
        Snapshot shown = vm.shownSnapshot();
        RunDescription run = vm.run();
        if (s == null || shown == null || run == null) return;
        epoch.setText(String.format(Locale.ROOT, "epoch %.2f", shown.epoch()));
        steps.setText(String.format(Locale.ROOT, "step %,d", shown.step()));
        rate.setText(s.playing() ? RunStatus.speed(vm.meter.stepsPerSecond(), vm.meter.epochsPerSecond(),
                run.dataset().train().rows(), run.config().training().batch()) : "paused");
        long secs = (long) shown.seconds();
        elapsed.setText(String.format(Locale.ROOT, "%d:%02d", secs / 60, secs % 60));
        if (s.version() != sentenceVersion) {   // the rows are copied only for a done, diverged or failed run
            sentenceVersion = s.version();
            boolean says = s.status() != TrainerState.Status.PLAYING && s.status() != TrainerState.Status.PAUSED;
            sentence.setText(says ? RunStatus.sentence(s, run, vm.history().rows()) : "");
        }
        rate.setVisible(sentence.getText().isEmpty());
        rate.setManaged(rate.isVisible());
    }
}
