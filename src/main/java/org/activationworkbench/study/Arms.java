package org.activationworkbench.study;

import java.util.List;
import org.activationworkbench.stats.Summary;

/**
 * Summaries of a study's arms (the seeds of one family, depth, procedure …) with failed runs kept in, as
 * {@link Failure} says: a diverged run enters with the worst value.
 */
final class Arms {

    private Arms() {
    }

    /** The runs whose key is exactly this (one arm: every seed of it). */
    static List<StudyOutcome> keyed(List<StudyOutcome> out, String key) {
        return out.stream().filter(o -> o.run().key().equals(key)).toList();
    }

    /** " (2 of 5 failed)" for a table cell, or nothing when none of the runs failed. */
    static String failedNote(List<StudyOutcome> runs) {
        long f = failures(runs);
        return f == 0 ? "" : " (" + f + " of " + runs.size() + " failed)";
    }

    /** Test accuracy over the runs; a diverged run counts as 0. */
    static Summary accuracy(List<StudyOutcome> runs) {
        return Summary.of(runs.stream().mapToDouble(StudyOutcome::accuracyOrWorst).toArray());
    }

    /** Test error over the runs; a diverged run counts as {@code worst} (see {@link #worstError}). */
    static Summary error(List<StudyOutcome> runs, double worst) {
        return Summary.of(runs.stream().mapToDouble(o -> o.errorOrWorst(worst)).toArray());
    }

    /**
     * The worst value a diverged run of this task counts as: error rate 1 for a classifier; for regression the
     * largest error any run of the task reached (or, when every run diverged, the largest untrained loss).
     */
    static double worstError(List<StudyOutcome> taskRuns) {
        if (taskRuns.isEmpty()) return Double.NaN;
        if (taskRuns.get(0).experiment().classification()) return 1;
        double worst = Double.NEGATIVE_INFINITY;
        for (StudyOutcome o : taskRuns) if (Double.isFinite(o.testError())) worst = Math.max(worst, o.testError());
        if (worst > Double.NEGATIVE_INFINITY) return worst;
        for (StudyOutcome o : taskRuns) if (Double.isFinite(o.initialTestLoss())) worst = Math.max(worst, o.initialTestLoss());
        return worst;
    }

    static long failures(List<StudyOutcome> runs) {
        return runs.stream().filter(StudyOutcome::failed).count();
    }

    /** A summary of any per-run number (seconds, α − β …) that has no failure rule of its own. */
    static Summary of(List<StudyOutcome> runs, java.util.function.ToDoubleFunction<StudyOutcome> f) {
        return Summary.ofFinite(runs.stream().mapToDouble(f).toArray());
    }
}
