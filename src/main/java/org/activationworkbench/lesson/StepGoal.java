package org.activationworkbench.lesson;

import org.activationworkbench.activation.Activation;
import org.activationworkbench.experiment.Snapshot;
import org.activationworkbench.live.StopCheck;
import org.activationworkbench.live.TrainerState;

/**
 * A step's end condition bound to the moment the step began: counts are counted from there, and the step's epoch
 * limit ends there plus {@link #limitEpochs()}. Hand it to the trainer ({@code Trainer.setStopCheck}) and the run
 * pauses exactly where the condition is met or the limit is reached; {@link #judge} then says which. Immutable, so the
 * training thread and the window may both use it.
 */
public final class StepGoal implements StopCheck {

    /** A step whose limit is not given may train for this many times the run's planned epochs. */
    public static final int DEFAULT_LIMIT_PLANS = 10;

    /** What a trainer's state means for the step. */
    public enum Verdict {
        /** Still training toward the condition. */
        RUNNING,
        /** The condition holds: the step is over. */
        MET,
        /** The step ends on the teacher's Next (headless: at once). */
        WAITS_FOR_NEXT,
        /** The run paused at the end of its planned epochs before the condition: play on (the window does). */
        PLAY_ON,
        /** The run diverged, and the condition did not ask for it. */
        DIVERGED,
        /** The step's epoch limit passed without the condition. */
        LIMIT,
        /** Training stopped with an error. */
        FAILED
    }

    private final LessonStep step;
    private final Reading start;
    private final Activation activation;
    private final int limitEpochs;

    private StepGoal(LessonStep step, Reading start, Activation activation, int limitEpochs) {
        this.step = step;
        this.start = start;
        this.activation = activation;
        this.limitEpochs = limitEpochs;
    }

    /**
     * The goal of a step that begins at {@code start}, on a run of {@code activation} that plans {@code plannedEpochs}
     * epochs (the default limit is {@value #DEFAULT_LIMIT_PLANS} times that).
     */
    public static StepGoal begin(LessonStep step, Snapshot start, Activation activation, int plannedEpochs) {
        int limit = step.maxEpochs() > 0 ? step.maxEpochs() : DEFAULT_LIMIT_PLANS * Math.max(1, plannedEpochs);
        return new StepGoal(step, Reading.of(start, activation, false), activation, limit);
    }

    public LessonStep step() {
        return step;
    }

    /** Where the step began. */
    public Reading start() {
        return start;
    }

    /** Epochs from the step's start after which an unmet condition counts as never met. */
    public int limitEpochs() {
        return limitEpochs;
    }

    /** Whether the condition holds on this snapshot (taken from a diverged run or not). */
    public boolean met(Snapshot s, boolean diverged) {
        return step.until().met(Reading.of(s, activation, diverged), start);
    }

    public boolean limitReached(Snapshot s) {
        return s.epoch() >= start.epoch() + limitEpochs - 1e-9;
    }

    /** What the latest state means for the step. */
    public Verdict judge(TrainerState s) {
        if (!step.until().automatic()) return Verdict.WAITS_FOR_NEXT;
        // while playing, a snapshot may carry test metrics from mid-epoch: only the trainer's own stops decide
        if (s.status() == TrainerState.Status.PLAYING) return Verdict.RUNNING;
        boolean diverged = s.status() == TrainerState.Status.DIVERGED;
        if (met(s.snapshot(), diverged)) return Verdict.MET;
        return switch (s.status()) {
            case PLAYING -> Verdict.RUNNING;
            case DIVERGED -> Verdict.DIVERGED;
            case FAILED -> Verdict.FAILED;
            case DONE -> limitReached(s.snapshot()) ? Verdict.LIMIT : Verdict.PLAY_ON;
            case PAUSED -> limitReached(s.snapshot()) ? Verdict.LIMIT : Verdict.RUNNING;
        };
    }

    @Override
    public boolean due(long stepCount, double epoch, boolean epochEnd) {
        return step.until().due(stepCount, epoch, epochEnd, start) || epoch >= start.epoch() + limitEpochs - 1e-9;
    }

    @Override
    public boolean stop(Snapshot evaluated) {
        return met(evaluated, false) || limitReached(evaluated);
    }
}
