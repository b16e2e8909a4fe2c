package org.activationworkbench.ui.model;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.activationworkbench.experiment.SavedSession;
import org.activationworkbench.lesson.Lesson;
import org.activationworkbench.lesson.LessonStep;
import org.activationworkbench.lesson.LessonValidator;
import org.activationworkbench.lesson.StepChanges;
import org.activationworkbench.lesson.StepGoal;
import org.activationworkbench.live.TrainerState;

/**
 * The lesson player's state and actions: which lesson, which step, whether the answer is revealed, and how the
 * step's end condition stands. Entering a step applies its changes to the workbench's run (a restart, the rates, the
 * pace), keeps the run's whole state as the step's start (Back returns there exactly), hands the trainer the step's
 * end as its stop check and plays when the step says so. A lesson is read and checked against its data on a worker
 * before anything changes, so a broken file leaves the run as it was. FX thread, except where noted.
 */
public final class LessonViewModel {

    /** The lesson playing, or null. */
    public final ObjectProperty<Lesson> lesson = new SimpleObjectProperty<>();
    /** The step shown, from 0. */
    public final IntegerProperty index = new SimpleIntegerProperty(-1);
    public final BooleanProperty revealed = new SimpleBooleanProperty(false);
    /** How the step's end stands, in words ("Plays until test loss < 0.005", "Met at epoch 36 — Next goes on"). */
    public final StringProperty status = new SimpleStringProperty("");
    /** A step is being set up (a restart building, a state being restored): Next and Back wait. */
    public final BooleanProperty busy = new SimpleBooleanProperty(false);
    /** The last problem opening a lesson ("FILE:LINE:COLUMN: what"), or "". */
    public final StringProperty problem = new SimpleStringProperty("");

    private final WorkbenchViewModel vm;
    private final Executor worker;
    private final List<SavedSession> starts = new ArrayList<>();
    private StepGoal goal;
    private boolean ended;

    public LessonViewModel(WorkbenchViewModel vm, Executor worker) {
        this.vm = vm;
        this.worker = worker;
        vm.stateProperty().addListener((o, a, s) -> judge(s));
    }

    public boolean active() {
        return lesson.get() != null;
    }

    public LessonStep step() {
        Lesson l = lesson.get();
        int i = index.get();
        return l == null || i < 0 ? null : l.steps().get(i);
    }

    /**
     * Reads and checks a lesson on the worker, then starts it at step 1. The future completes on the FX thread with
     * null once the first step is set up, or with the problem in words (the run untouched).
     */
    public CompletableFuture<String> open(Supplier<Lesson> reader) {
        CompletableFuture<String> done = new CompletableFuture<>();
        CompletableFuture.supplyAsync(() -> {
            Lesson l = reader.get();
            new LessonValidator().validate(l);
            return l;
        }, worker).whenComplete((l, err) -> Platform.runLater(() -> {
            if (err != null) {
                String m = WorkbenchViewModel.userMessage(err);
                problem.set(m);
                done.complete(m);
                return;
            }
            problem.set("");
            lesson.set(l);
            starts.clear();
            enter(0, null).thenRun(() -> done.complete(null));
        }));
        return done;
    }

    /** The next step; on the last one, nothing. */
    public void next() {
        if (!active() || busy.get() || index.get() + 1 >= lesson.get().steps().size()) return;
        enter(index.get() + 1, null);
    }

    /** Back to the start of the previous step (this step's start when it is the first), with the run as it was then. */
    public void back() {
        if (!active() || busy.get()) return;
        int to = Math.max(0, index.get() - 1);
        if (to >= starts.size()) return;
        enter(to, starts.get(to));
    }

    /** The lesson from its first step, its experiment rebuilt. */
    public void restart() {
        if (!active() || busy.get()) return;
        starts.clear();
        enter(0, null);
    }

    public void reveal() {
        revealed.set(true);
    }

    /** Leaves the lesson; the run stays as it is, without the step's stop. */
    public void close() {
        vm.setStopCheck(null);
        goal = null;
        lesson.set(null);
        index.set(-1);
        status.set("");
    }

    /**
     * Sets up step {@code i}: either from a kept start ({@code from}, for Back) or by applying the step's changes to
     * the run as it is. Completes on the FX thread when the step is in place.
     */
    private CompletableFuture<Void> enter(int i, SavedSession from) {
        busy.set(true);
        // only a playing run is paused: a pause publishes again, and a publication with no step since the last
        // one draws the histograms from the data view's grid evaluation (wide inputs: polynomials look blown up)
        if (vm.state() != null && vm.state().playing()) vm.pause();
        vm.setStopCheck(null);
        goal = null;
        revealed.set(false);
        index.set(i);
        Lesson l = lesson.get();
        LessonStep step = l.steps().get(i);
        StepChanges c = step.changes();
        status.set("Setting up the step…");
        CompletableFuture<Boolean> ready;
        if (from != null) ready = vm.restore(from).thenApply(v -> true);
        else if (i == 0 || c.restarts()) ready = vm.apply(l.recipeAt(i));
        else ready = CompletableFuture.completedFuture(true);
        CompletableFuture<Void> done = new CompletableFuture<>();
        ready.whenComplete((ok, err) -> Platform.runLater(() -> {
            if (err != null || !Boolean.TRUE.equals(ok) || lesson.get() != l) {
                busy.set(false);
                status.set("The step could not start: " + (err != null ? WorkbenchViewModel.userMessage(err)
                        : "see the banner"));
                done.complete(null);
                return;
            }
            vm.watchHint.set("");   // the step's text says what to watch
            applyChanges(c, from != null);
            vm.captureState().whenComplete((state, capErr) -> Platform.runLater(() -> {
                if (state != null) {
                    while (starts.size() <= i) starts.add(null);
                    starts.set(i, state);
                }
                begin(step);
                busy.set(false);
                done.complete(null);
            }));
        }));
        return done;
    }

    /** The step's rates (not after Back: the kept state has them), pace and enlarged panel. */
    private void applyChanges(StepChanges c, boolean restored) {
        TrainerState s = vm.state();
        if (!restored && c.changesRates() && s != null) {
            vm.setLearningRates(c.lr() != null ? c.lr() : s.lr(), c.actLr() != null ? c.actLr() : s.actLr());
        }
        if (c.speed() != null && vm.run() != null) {
            int rows = vm.run().dataset().train().rows();
            int batch = Math.max(1, vm.run().config().training().batch());
            vm.speed.set(Math.min(c.speed().stepsPerSecond((rows + batch - 1) / batch),
                    org.activationworkbench.live.Trainer.MAX_SPEED));
        }
    }

    /** The step's end becomes the trainer's stop; the run plays when the step says so. */
    private void begin(LessonStep step) {
        ended = false;
        TrainerState s = vm.state();
        if (!step.until().automatic() || s == null) {
            status.set(step.until().automatic() ? "" : "Ends when you press Next.");
            return;
        }
        goal = StepGoal.begin(step, s.snapshot(), vm.run().activation(), s.plannedEpochs());
        if (goal.judge(s) == StepGoal.Verdict.MET) {   // already true where the step begins: as lesson check says
            end("Ended at once (until " + step.untilText() + " already holds).");
            return;
        }
        vm.setStopCheck(goal);
        status.set((step.play() ? "Plays until " : "Press Space to play; stops when ") + step.untilText() + ".");
        if (step.play()) vm.play();
    }

    /** Reads each new state against the step's end. */
    private void judge(TrainerState s) {
        StepGoal g = goal;
        if (g == null || s == null || ended || busy.get()) return;
        StepGoal.Verdict v = g.judge(s);
        String at = "epoch " + org.activationworkbench.core.NumberText.compact(s.snapshot().epoch());
        switch (v) {
            case MET -> end("Ended at " + at + " (until " + g.step().untilText() + "). Next goes on.");
            case LIMIT -> end("Not reached within " + g.limitEpochs() + " epochs (" + at + "). Next goes on.");
            case DIVERGED -> end("The run diverged at " + at + ". Next goes on.");
            case FAILED -> end("Training stopped: " + s.problem());
            case PLAY_ON -> vm.play();   // the window pauses at the planned epochs; the step has not ended there
            default -> { }
        }
    }

    private void end(String words) {
        ended = true;
        vm.setStopCheck(null);
        status.set(words);
    }

    /** Whether the step's end has come (always false for steps that end on Next). */
    public boolean stepEnded() {
        return ended;
    }
}
