package org.activationworkbench.lesson;

/**
 * How one step went when played headless.
 *
 * @param step         the step
 * @param verdict      MET, WAITS_FOR_NEXT (passes at once headless), or why it failed (DIVERGED, LIMIT, FAILED)
 * @param startEpoch   epochs trained when it began
 * @param epoch        epochs trained when it ended
 * @param trainingStep mini-batches trained when it ended
 * @param testLoss     test loss where it ended (NaN when not measured)
 * @param testAccuracy test accuracy where it ended (NaN for regression)
 * @param seconds      wall-clock time the step took headless
 * @param problem      what went wrong, or null
 */
public record StepOutcome(LessonStep step, StepGoal.Verdict verdict, double startEpoch, double epoch, long trainingStep,
                          double testLoss, double testAccuracy, double seconds, String problem) {

    /** Met, or a Next-click step (which passes at once headless). */
    public boolean passed() {
        return verdict == StepGoal.Verdict.MET || verdict == StepGoal.Verdict.WAITS_FOR_NEXT;
    }
}
