package org.activationworkbench.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.activationworkbench.experiment.Experiment;
import org.activationworkbench.experiment.ExperimentRecipe;
import org.activationworkbench.experiment.RunHistory;
import org.activationworkbench.live.Trainer;
import org.activationworkbench.live.TrainerState;

/**
 * Plays a lesson headless with the window's engine: the live {@link Trainer}, each step's changes applied through
 * {@link LiveControls}, each end condition handed to the trainer as its stop check and judged on the state it
 * publishes, exactly as the window's player does. It plays as fast as the machine goes; a step that ends on Next
 * passes at once. The same lesson gives the same epochs and numbers on every run: training is seeded, and the
 * trainer stops at exact steps.
 */
public final class LessonPlayer implements LiveControls, AutoCloseable {

    /** A step taking longer than this (wall clock) has failed. */
    static final long STEP_TIMEOUT_NANOS = TimeUnit.MINUTES.toNanos(10);

    private final Lesson lesson;
    private final List<LessonValidator.StepRun> runs;
    private Trainer trainer;
    private int stepIndex;

    /** Checks the lesson against its data first (a {@link LessonException} on the first problem). */
    public LessonPlayer(Lesson lesson) {
        this.lesson = lesson;
        this.runs = new LessonValidator().validate(lesson);
    }

    /** Plays every step in order, handing each outcome to {@code progress}; stops after the first that fails. */
    public List<StepOutcome> playToEnd(Consumer<StepOutcome> progress) {
        List<StepOutcome> out = new ArrayList<>();
        for (stepIndex = 0; stepIndex < lesson.steps().size(); stepIndex++) {
            StepOutcome o = playStep(stepIndex);
            out.add(o);
            if (progress != null) progress.accept(o);
            if (!o.passed()) break;
        }
        return out;
    }

    private StepOutcome playStep(int i) {
        long t0 = System.nanoTime();
        LessonStep step = lesson.steps().get(i);
        if (trainer == null && !step.changes().restarts()) restart(lesson.recipeAt(i));
        LiveControls.apply(lesson, i, this);
        sync();
        TrainerState entry = trainer.state();
        StepGoal goal = StepGoal.begin(step, entry.snapshot(), runs.get(i).activation(), entry.plannedEpochs());
        StepGoal.Verdict v = goal.judge(entry);
        if (v == StepGoal.Verdict.WAITS_FOR_NEXT || v == StepGoal.Verdict.MET) return outcome(goal, entry, v, t0, null);
        if (entry.status() == TrainerState.Status.FAILED || entry.status() == TrainerState.Status.DIVERGED) {
            return outcome(goal, entry, v, t0, "the run had stopped before the step: " + entry.problem());
        }
        trainer.setStopCheck(goal);
        while (true) {
            sync();
            long seen = trainer.state().version();
            trainer.play();
            TrainerState s = awaitStop(seen, t0);
            if (s == null) {
                trainer.pause();
                return outcome(goal, trainer.state(), StepGoal.Verdict.FAILED, t0, "the step took longer than "
                        + TimeUnit.NANOSECONDS.toMinutes(STEP_TIMEOUT_NANOS) + " minutes");
            }
            v = goal.judge(s);
            if (v == StepGoal.Verdict.PLAY_ON || v == StepGoal.Verdict.RUNNING) continue;
            trainer.setStopCheck(null);
            String problem = switch (v) {
                case DIVERGED, FAILED -> s.problem();
                case LIMIT -> "not met within " + goal.limitEpochs() + " epochs (the step's limit"
                        + (step.maxEpochs() > 0 ? ", max-epochs" : ": " + StepGoal.DEFAULT_LIMIT_PLANS
                        + " times the planned epochs; set max-epochs") + ")";
                default -> null;
            };
            return outcome(goal, s, v, t0, problem);
        }
    }

    /** The first state after version {@code seen} that is not playing; null after the time-out. */
    private TrainerState awaitStop(long seen, long t0) {
        while (System.nanoTime() - t0 < STEP_TIMEOUT_NANOS) {
            TrainerState s = trainer.state();
            if (s.version() > seen && !s.playing()) return s;
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        return null;
    }

    private StepOutcome outcome(StepGoal goal, TrainerState s, StepGoal.Verdict v, long t0, String problem) {
        var m = s.snapshot().metrics();
        return new StepOutcome(goal.step(), v, goal.start().epoch(), s.snapshot().epoch(), s.snapshot().step(),
                m == null ? Double.NaN : m.testLoss(), m == null ? Double.NaN : m.testAccuracy(),
                (System.nanoTime() - t0) / 1e9, problem);
    }

    /** Waits until every command given so far has run (a capture queues behind them). */
    private void sync() {
        trainer.captureState().join();
    }

    // ---- LiveControls: a headless run ------------------------------------------------------------------

    @Override
    public void restart(ExperimentRecipe recipe) {
        if (trainer != null) trainer.close();
        LessonValidator.StepRun run = runs.get(stepIndex);
        trainer = new Trainer(new Experiment(run.config(), run.data()), new RunHistory()).start();
        trainer.setSpeed(Trainer.MAX_SPEED);
        trainer.awaitFirstState();
    }

    @Override
    public void setLearningRates(double weights, double activations) {
        trainer.setLearningRates(weights, activations);
    }

    @Override
    public double[] learningRates() {
        sync();
        TrainerState s = trainer.state();
        return new double[] {s.lr(), s.actLr()};
    }

    @Override
    public void setSpeed(Speed speed) {
        // headless: always as fast as the machine goes
    }

    @Override
    public void enlarge(int layer) {
        // headless: nothing to enlarge
    }

    @Override
    public void close() {
        if (trainer != null) trainer.close();
    }
}
