package org.activationworkbench.study;

import org.activationworkbench.experiment.Experiment;
import org.activationworkbench.experiment.MetricsRow;
import org.activationworkbench.experiment.RunResult;

/** A finished run of a study: the run, its trained experiment (network included) and what training recorded. */
public record StudyOutcome(StudyRun run, Experiment experiment, RunResult result) {

    /** The part of the run's key before the first '|' (a task, a family). */
    public String group() {
        String k = run.key();
        return k.indexOf('|') < 0 ? k : k.substring(0, k.indexOf('|'));
    }

    /** The part of the run's key after the first '|' (a model, a procedure, a depth). */
    public String variant() {
        String k = run.key();
        return k.indexOf('|') < 0 ? "" : k.substring(k.indexOf('|') + 1);
    }

    public long seed() {
        return run.config().training().seed();
    }

    public MetricsRow last() {
        return result.last();
    }

    /** Test error: 1 − accuracy for classification, the test loss (MSE) for regression; NaN when diverged. */
    public double testError() {
        if (result.diverged()) return Double.NaN;
        return experiment.classification() ? 1 - last().testAccuracy() : last().testLoss();
    }

    public double testAccuracy() {
        return result.diverged() ? Double.NaN : last().testAccuracy();
    }
}
