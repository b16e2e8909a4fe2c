package org.activationworkbench.study;

import org.activationworkbench.experiment.Experiment;
import org.activationworkbench.experiment.MetricsRow;
import org.activationworkbench.experiment.RunResult;

/** A finished run of a study: the run, its trained experiment (network included) and what training recorded. */
public record StudyOutcome(StudyRun run, Experiment experiment, RunResult result) {

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
