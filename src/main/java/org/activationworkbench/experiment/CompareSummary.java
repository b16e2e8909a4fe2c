package org.activationworkbench.experiment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.activationworkbench.stats.Summary;

/**
 * What a comparison shows: one row per run (parameters, final losses and accuracies, speed, steps to a target
 * loss), per group (family) the mean, spread and 95 % interval of those numbers across seeds, and per group the
 * mean and min/max band across seeds of every epoch-end metric.
 */
public final class CompareSummary {

    /**
     * One run in the table. Train loss and accuracy are over the whole training split at the end; stepsToTarget
     * is -1 when the target was not reached (or none was set); unmatchedParameters is the total before
     * {@link ParameterMatch} widened the network (-1 when it did not).
     */
    public record Row(String group, long seed, long activationParameters, long totalParameters, double trainLoss,
                      double testLoss, double trainAccuracy, double testAccuracy, double secondsPerEpoch,
                      long stepsToTarget, boolean diverged, int[] hidden, long unmatchedParameters) { }

    /**
     * One group across its seeds: n runs, how many diverged, and the summaries of the finite values (a diverged
     * run has no final metrics, so it is counted in {@code diverged} and left out of the summaries).
     */
    public record GroupStats(String group, int n, int diverged, long totalParameters, Summary trainLoss,
                             Summary testLoss, Summary trainAccuracy, Summary testAccuracy, Summary secondsPerEpoch) { }

    /** Mean, min and max of one metric across a group's runs, per epoch (0 = at init). */
    public record Band(double[] epochs, double[] mean, double[] min, double[] max) { }

    /** A group's bands for the four epoch-end metrics (accuracy bands are NaN for regression). */
    public record GroupCurves(String group, Band trainLoss, Band testLoss, Band trainAccuracy, Band testAccuracy) { }

    private CompareSummary() {
    }

    /** @param targetLoss train loss to reach for the steps-to-target column; NaN for none */
    public static List<Row> table(List<CompareRunner.Outcome> outcomes, double targetLoss) {
        List<Row> rows = new ArrayList<>();
        for (CompareRunner.Outcome o : outcomes) {
            var net = o.experiment().network();
            RunResult r = o.result();
            MetricsRow last = r.last();
            int epochs = Math.max(1, (int) Math.round(last.epoch()));
            rows.add(new Row(o.entry().group(), o.entry().config().training().seed(), net.activationParameterCount(),
                    net.activationParameterCount() + net.weightParameterCount(), o.trainSet().loss(), last.testLoss(),
                    o.trainSet().accuracy(), last.testAccuracy(), r.seconds() / epochs, stepsTo(r.metrics(), targetLoss),
                    r.diverged(), net.hidden(), o.entry().unmatchedParameters()));
        }
        return rows;
    }

    /** Per group, in first-seen order: its runs' numbers summarised across seeds. */
    public static List<GroupStats> groups(List<Row> rows) {
        Map<String, List<Row>> groups = new LinkedHashMap<>();
        for (Row r : rows) groups.computeIfAbsent(r.group(), k -> new ArrayList<>()).add(r);
        List<GroupStats> out = new ArrayList<>();
        for (Map.Entry<String, List<Row>> g : groups.entrySet()) {
            List<Row> rs = g.getValue();
            List<Row> ok = rs.stream().filter(r -> !r.diverged()).toList();
            out.add(new GroupStats(g.getKey(), rs.size(), rs.size() - ok.size(), rs.get(0).totalParameters(),
                    summary(ok, Row::trainLoss), summary(ok, Row::testLoss), summary(ok, Row::trainAccuracy),
                    summary(ok, Row::testAccuracy), summary(ok, Row::secondsPerEpoch)));
        }
        return out;
    }

    private static Summary summary(List<Row> rows, ToDoubleFunction<Row> f) {
        return Summary.ofFinite(rows.stream().mapToDouble(f).toArray());
    }

    /** The first step at which the logged train loss is at or below the target; -1 if never. */
    static long stepsTo(List<MetricsRow> rows, double target) {
        if (Double.isNaN(target)) return -1;
        for (MetricsRow m : rows) {
            if (m.step() > 0 && m.trainLoss() <= target) return m.step();
        }
        return -1;
    }

    /** Per group, in first-seen order: mean and min/max across its runs at every epoch all of them reached. */
    public static List<GroupCurves> curves(List<CompareRunner.Outcome> outcomes) {
        Map<String, List<RunResult>> groups = new LinkedHashMap<>();
        for (CompareRunner.Outcome o : outcomes) groups.computeIfAbsent(o.entry().group(), k -> new ArrayList<>()).add(o.result());
        List<GroupCurves> out = new ArrayList<>();
        for (Map.Entry<String, List<RunResult>> g : groups.entrySet()) {
            out.add(new GroupCurves(g.getKey(), band(g.getValue(), MetricsRow::trainLoss), band(g.getValue(), MetricsRow::testLoss),
                    band(g.getValue(), MetricsRow::trainAccuracy), band(g.getValue(), MetricsRow::testAccuracy)));
        }
        return out;
    }

    private static Band band(List<RunResult> runs, ToDoubleFunction<MetricsRow> metric) {
        int n = Integer.MAX_VALUE;
        for (RunResult r : runs) n = Math.min(n, r.epochSnapshots().size());
        double[] e = new double[n], mean = new double[n], min = new double[n], max = new double[n];
        for (int i = 0; i < n; i++) {
            double s = 0, lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
            int k = 0;
            for (RunResult r : runs) {
                Snapshot snap = r.epochSnapshots().get(i);
                e[i] = snap.epoch();
                double v = snap.metrics() == null ? Double.NaN : metric.applyAsDouble(snap.metrics());
                if (Double.isFinite(v)) {
                    s += v;
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                    k++;
                }
            }
            mean[i] = k > 0 ? s / k : Double.NaN;
            min[i] = k > 0 ? lo : Double.NaN;
            max[i] = k > 0 ? hi : Double.NaN;
        }
        return new Band(e, mean, min, max);
    }
}
