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

    /** The untrained network's test loss (row 0 of the run). */
    public double initialTestLoss() {
        return result.metrics().get(0).testLoss();
    }

    /** The majority class's share of the test split: what predicting one class for everything scores. NaN for regression. */
    public double chance() {
        if (!experiment.classification()) return Double.NaN;
        int[] counts = new int[experiment.dataset().outputs()];
        int[] labels = experiment.dataset().test().labels();
        int max = 0;
        for (int l : labels) max = Math.max(max, ++counts[l]);
        return labels.length == 0 ? Double.NaN : max / (double) labels.length;
    }

    /** Why this run counts as failed ({@link Failure}), or null when it does not. */
    public String failure() {
        return Failure.of(result.divergence(), last().testLoss(), initialTestLoss(), testAccuracy(), chance());
    }

    public boolean failed() {
        return failure() != null;
    }

    /** Test accuracy for means: the measured one, or 0 (the worst) for a run that diverged. */
    public double accuracyOrWorst() {
        double a = testAccuracy();
        return Double.isFinite(a) ? a : 0;
    }

    /** Test error for means: the measured one, or {@code worst} for a run that diverged. */
    public double errorOrWorst(double worst) {
        double e = testError();
        return Double.isFinite(e) ? e : worst;
    }
}
