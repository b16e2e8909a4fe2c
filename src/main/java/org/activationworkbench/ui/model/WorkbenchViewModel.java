package org.activationworkbench.ui.model;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import java.util.function.Supplier;
import org.activationworkbench.data.Dataset;
import org.activationworkbench.experiment.Experiment;
import org.activationworkbench.experiment.RunDescription;
import org.activationworkbench.experiment.ExperimentConfig;
import org.activationworkbench.experiment.ExperimentRecipe;
import org.activationworkbench.experiment.Preset;
import org.activationworkbench.experiment.RunHistory;
import org.activationworkbench.experiment.Snapshot;
import org.activationworkbench.experiment.SavedSession;
import org.activationworkbench.live.Trainer;
import org.activationworkbench.live.TrainerState;

/**
 * The window's state and the one door to the engine: builds experiments off the FX thread, owns the
 * {@link Trainer}, pulls its latest state once per frame and exposes everything the views draw as
 * properties. Views see this class, never the trainer or the network.
 */
public final class WorkbenchViewModel {

    public final Appearance appearance = new Appearance();
    public final ExperimentForm form = new ExperimentForm();

    private final ReadOnlyObjectWrapper<RunDescription> run = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<TrainerState> state = new ReadOnlyObjectWrapper<>();
    /** Index into the history the views show; -1 follows the live run. */
    public final IntegerProperty scrubIndex = new SimpleIntegerProperty(-1);
    public final IntegerProperty historySize = new SimpleIntegerProperty(0);
    /** Grows whenever there is something new to draw; views redraw on change. */
    public final LongProperty frame = new SimpleLongProperty();
    public final ObjectProperty<Banner> banner = new SimpleObjectProperty<>();
    public final BooleanProperty loading = new SimpleBooleanProperty(false);
    public final BooleanProperty playing = new SimpleBooleanProperty(false);
    /** Steps per second; infinite = as fast as possible. */
    public final DoubleProperty speed = new SimpleDoubleProperty(Trainer.MAX_SPEED);
    /** The pace the last preset set (steps per second), NaN when none did: the speed control names it. */
    public final DoubleProperty presetPace = new SimpleDoubleProperty(Double.NaN);
    public final javafx.beans.property.StringProperty watchHint = new javafx.beans.property.SimpleStringProperty("");
    /** The workbench file shown in the title; null for an unsaved workbench. */
    public final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    /** The run has moved (or changed) since it was opened, saved or started: closing would lose work. */
    public final BooleanProperty dirty = new SimpleBooleanProperty(false);
    /** The training procedure's current phase, for the status line ("" before the first step). */
    public final javafx.beans.property.StringProperty phase = new javafx.beans.property.SimpleStringProperty("");
    /** The run's pace as measured from the states pulled (steps and epochs per second of wall time). */
    public final SpeedMeter meter = new SpeedMeter();

    private final ExecutorService loader = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "experiment-loader");
        t.setDaemon(true);
        return t;
    });
    private Trainer trainer;
    private long seenVersion = -1;
    private long seenHistory = -1;
    private Runnable wake = () -> { };
    /** The step last saved or opened; a different step makes the workbench dirty. */
    private long savedStep = 0;
    /** A divergence the banner has already told about (a new one after Play or Step tells again). */
    private boolean divergenceShown;

    public WorkbenchViewModel() {
        speed.addListener((o, a, s) -> {
            if (trainer != null) trainer.setSpeed(s.doubleValue());
        });
        scrubIndex.addListener((o, a, b) -> frame.set(frame.get() + 1));
        appearance.theme.addListener((o, a, b) -> frame.set(frame.get() + 1));
    }

    /** Called by the frame loop when commands should wake it (it sleeps when nothing changes). */
    public void onWake(Runnable r) {
        wake = r;
    }

    /** The run shown: its config, data and activation, never its live network. */
    public ReadOnlyObjectProperty<RunDescription> runProperty() {
        return run.getReadOnlyProperty();
    }

    public RunDescription run() {
        return run.get();
    }

    ReadOnlyObjectProperty<TrainerState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public TrainerState state() {
        return state.get();
    }

    public RunHistory history() {
        return trainer == null ? null : trainer.history();
    }

    /** The snapshot the views show: the scrubbed one, or the latest. */
    public Snapshot shownSnapshot() {
        RunHistory h = history();
        int i = scrubIndex.get();
        if (h != null && i >= 0 && i < h.snapshotCount()) return h.snapshot(i);
        TrainerState s = state.get();
        return s == null ? null : s.snapshot();
    }

    public boolean scrubbing() {
        return scrubIndex.get() >= 0;
    }

    /** The data view's grid for the snapshot shown: the live one, or the one kept for a past step. */
    public org.activationworkbench.experiment.PredictionGrid shownGrid() {
        TrainerState s = state.get();
        if (!scrubbing() || trainer == null) return s == null ? null : s.grid();
        Snapshot shown = shownSnapshot();
        var past = shown == null ? null : trainer.grids().at(shown.step());
        return past != null ? past : s == null ? null : s.grid();
    }

    /** The index of the kept snapshot nearest to {@code step} (the timeline maps its travel to steps). */
    public int snapshotIndexAt(long step) {
        RunHistory h = history();
        int n = h == null ? 0 : h.snapshotCount();
        if (n == 0) return -1;
        int lo = 0, hi = n - 1;
        while (lo < hi) {   // the first snapshot at or after step
            int mid = (lo + hi) >>> 1;
            if (h.snapshot(mid).step() < step) lo = mid + 1;
            else hi = mid;
        }
        if (lo > 0 && step - h.snapshot(lo - 1).step() < h.snapshot(lo).step() - step) lo--;
        return lo;
    }

    // ---- building runs ---------------------------------------------------------------------------------

    /**
     * Builds the experiment on a worker thread and swaps it in; the old run stops. Errors become a banner.
     * The future completes (on the FX thread) with true when the new run is in place.
     */
    public CompletableFuture<Boolean> apply(ExperimentConfig config) {
        return build(() -> new Experiment(config));
    }

    /**
     * A preset at its own pace: the speed is set so that its planned epochs take about the preset's seconds, slow
     * enough to watch the shapes change, and its sentence on what to watch becomes the hint.
     */
    public CompletableFuture<Boolean> apply(Preset p) {
        return apply(p.recipe()).thenApply(ok -> {
            if (ok) pace(p);
            return ok;
        });
    }

    /** The preset's pace for the run in place (its planned epochs in about its seconds) and its hint. FX thread. */
    public void pace(Preset p) {
        double pace = RunWords.pace(p, run.get());
        presetPace.set(pace);
        speed.set(pace);
        watchHint.set(p.name() + ": " + p.watch());
    }

    /** As {@link #apply(ExperimentConfig)} for a recipe: the dataset is loaded, then its defaults fill the rest. */
    public CompletableFuture<Boolean> apply(ExperimentRecipe recipe) {
        return build(() -> {
            Dataset data = recipe.loadData();
            return new Experiment(recipe.config(data), data);
        });
    }

    private CompletableFuture<Boolean> build(Supplier<Experiment> experimentMaker) {
        loading.set(true);
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        CompletableFuture.supplyAsync(experimentMaker, loader).thenApplyAsync(e -> {
            Trainer t = new Trainer(e, new RunHistory()).start();
            t.awaitFirstState();
            return t;
        }, loader).whenComplete((t, err) ->
                Platform.runLater(() -> {
                    loading.set(false);
                    if (err != null) {
                        banner.set(Banner.error("Could not build the experiment: " + userMessage(err)));
                        done.complete(false);
                        return;
                    }
                    install(t);
                    presetPace.set(Double.NaN);
                    watchHint.set(RunWords.hint(t.description()));
                    // a new configuration is a change to an open file; a fresh window has nothing to lose yet
                    savedStep = file.get() == null ? 0 : -1;
                    dirty.set(file.get() != null);
                    done.complete(true);
                }));
        return done;
    }

    /**
     * Continues a saved run: the dataset is loaded, the network and optimizer restored and the trainer built on
     * the loader thread, so nothing is swapped in until all of it worked. Errors come back through the future.
     */
    public CompletableFuture<Void> restore(SavedSession saved) {
        loading.set(true);
        CompletableFuture<Void> done = new CompletableFuture<>();
        CompletableFuture.supplyAsync(() -> {
                    Trainer t = Trainer.resume(saved.restore(), new RunHistory()).start();
                    t.awaitFirstState();
                    return t;
                }, loader)
                .whenComplete((t, err) -> Platform.runLater(() -> {
                    loading.set(false);
                    if (err != null) {
                        done.completeExceptionally(err);
                        return;
                    }
                    install(t);
                    savedStep = saved.training().steps();
                    dirty.set(false);
                    done.complete(null);
                }));
        return done;
    }

    /** The whole run, captured by the trainer between two steps; fails when there is no run. Any thread. */
    public CompletableFuture<SavedSession> captureState() {
        Trainer t = trainer;
        if (t == null) return CompletableFuture.failedFuture(new IllegalStateException("there is no run to save"));
        return t.captureState();
    }

    /** For the autosave thread: the run when it has unsaved changes, else null (nothing to protect). */
    public SavedSession captureIfDirty() {
        if (!dirty.get()) return null;
        try {
            return captureState().get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (Exception e) {
            throw new IllegalStateException(userMessage(e), e);
        }
    }

    /** After a successful save of the state taken at {@code step}. FX thread. */
    public void markSaved(Path to, long step) {
        file.set(to);
        savedStep = step;
        TrainerState s = state.get();
        dirty.set(s != null && s.snapshot().step() != step);
    }

    private void install(Trainer t) {
        if (trainer != null) trainer.close();
        RunDescription e = t.description();
        trainer = t;
        trainer.setSpeed(speed.get());
        phase.set("");
        seenVersion = -1;
        seenHistory = -1;
        state.set(null);
        scrubIndex.set(-1);
        historySize.set(0);
        playing.set(false);
        form.load(e.config());
        run.set(e);
        pull();
        wake.run();
    }

    // ---- transport ---------------------------------------------------------------------------------------

    public void play() {
        if (trainer == null) return;
        scrubIndex.set(-1);
        banner.set(null);
        divergenceShown = false;
        trainer.play();
        playing.set(true);
        wake.run();
    }

    public void pause() {
        if (trainer == null) return;
        trainer.pause();
        playing.set(false);
        wake.run();
    }

    public void togglePlay() {
        if (playing.get()) pause();
        else play();
    }

    public void step() {
        if (trainer == null) return;
        scrubIndex.set(-1);
        divergenceShown = false;
        trainer.step();
        playing.set(false);
        wake.run();
    }

    public void reset() {
        if (trainer == null) return;
        scrubIndex.set(-1);
        banner.set(null);
        trainer.reset();
        playing.set(false);
        wake.run();
    }

    public void setLearningRates(double weights, double activations) {
        if (trainer == null) return;
        try {
            trainer.setLearningRates(weights, activations);
            ExperimentConfig r = form.running.get();
            if (r != null) form.running.set(r.withTraining(r.training().withRates(weights, activations)));
        } catch (IllegalArgumentException ex) {
            banner.set(Banner.error(ex.getMessage()));
        }
        wake.run();
    }

    /** Pauses the run where the check says (a lesson step's end, exact to the step); null removes it. */
    public void setStopCheck(org.activationworkbench.live.StopCheck c) { if (trainer != null) trainer.setStopCheck(c); }

    public void rollBack() {
        if (trainer == null) return;
        banner.set(null);
        trainer.rollBack();
        playing.set(false);
        wake.run();
    }

    /** The banner goes; a divergence leaves the run paused where it stopped (Play tries on, Reset starts over). */
    public void dismissBanner() {
        banner.set(null);
        wake.run();
    }

    public void shutdown() {
        if (trainer != null) trainer.close();
        loader.shutdownNow();
    }

    // ---- per frame ---------------------------------------------------------------------------------------

    /** Takes the trainer's latest state; true when anything new arrived. FX thread. */
    public boolean pull() {
        if (trainer == null) return false;
        TrainerState s = trainer.state();
        long hv = trainer.history().version();
        if (s == null || (s.version() == seenVersion && hv == seenHistory)) return false;
        boolean statusChanged = state.get() == null || state.get().status() != s.status();
        // a state that has taken every command sent says what the buttons should show (no flicker before that)
        boolean current = s.acknowledged() >= trainer.commandsIssued();
        seenVersion = s.version();
        seenHistory = hv;
        state.set(s);
        meter.add(System.nanoTime(), s.snapshot().step(), s.snapshot().epoch(), s.playing());
        historySize.set(trainer.history().snapshotCount());
        phase.set(s.phase() == null ? "" : s.phase());
        if (s.snapshot().step() != savedStep) dirty.set(true);
        if (scrubIndex.get() >= historySize.get()) scrubIndex.set(-1);
        if (statusChanged || current) playing.set(s.playing());
        if (s.status() == TrainerState.Status.DIVERGED && current && !divergenceShown) {
            divergenceShown = true;
            banner.set(new Banner(Banner.Kind.WARNING, s.problem(), s.canRollBack()));
        } else if (statusChanged && s.status() == TrainerState.Status.FAILED) {
            banner.set(Banner.error(s.problem()));
        }
        if (current) form.showRates(s.lr(), s.actLr());
        frame.set(frame.get() + 1);
        return true;
    }

    /** An error in words for the user: the message of its cause (a dataset problem with the window's advice). */
    public static String userMessage(Throwable err) {
        return RunWords.userMessage(err);
    }
}
