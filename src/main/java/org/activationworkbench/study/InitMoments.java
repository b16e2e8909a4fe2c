package org.activationworkbench.study;

import java.util.Arrays;
import org.activationworkbench.plot.LineChart;
import org.activationworkbench.stats.Summary;

/**
 * E[f²] per layer at init for several network seeds (rows: seeds, columns: layers), and what the variance study
 * reads from it: whether it stays near 1, its spread as text, and its mean line with a band.
 */
final class InitMoments {

    /** A family preserves the variance when E[f²] stays within these bounds. */
    static final double LOW = 0.5, HIGH = 2;

    private final double[][] m;

    InitMoments(double[][] perSeed) {
        this.m = perSeed;
    }

    int layers() {
        return m[0].length;
    }

    /**
     * Whether the mean E[f²] at a layer (0-based) stays within [LOW, HIGH]: reproduced when its 95 % interval lies
     * inside, not reproduced when outside or when any seed overflowed, inconclusive across a bound.
     */
    Verdict within(int layer) {
        double[] v = column(layer);
        for (double d : v) if (!Double.isFinite(d)) return Verdict.NOT_REPRODUCED;
        return VerdictRule.within(Summary.of(v), LOW, HIGH);
    }

    /** "1.013 ± 0.05", or "overflow (k of n seeds)" once float32 gave up in some seed. */
    String text(int layer) {
        double[] v = column(layer);
        long bad = Arrays.stream(v).filter(d -> !Double.isFinite(d)).count();
        if (bad > 0) return "overflow (" + bad + " of " + v.length + " seeds)";
        return Fmt.numPm(Summary.of(v));
    }

    /** The mean per layer; NaN where some seed overflowed. */
    double[] mean() {
        double[] out = new double[layers()];
        for (int i = 0; i < out.length; i++) {
            double[] v = column(i);
            out[i] = finite(v) ? Summary.of(v).mean() : Double.NaN;
        }
        return out;
    }

    /** The mean line with a min…max band across seeds (E[f²] spans decades: a ± sd band would cross zero). */
    LineChart.Series band(String label, double[] x, int colour) {
        double[] lo = new double[x.length], hi = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double[] v = column(i);
            lo[i] = finite(v) ? Arrays.stream(v).min().orElse(Double.NaN) : Double.NaN;
            hi[i] = finite(v) ? Arrays.stream(v).max().orElse(Double.NaN) : Double.NaN;
        }
        return LineChart.Series.withBand(label, x, mean(), lo, hi, colour);
    }

    static String yesNo(Verdict v) {
        return v == Verdict.REPRODUCED ? "yes" : v == Verdict.NOT_REPRODUCED ? "no" : "unclear (the interval crosses a bound)";
    }

    private double[] column(int layer) {
        double[] v = new double[m.length];
        for (int s = 0; s < m.length; s++) v[s] = m[s][layer];
        return v;
    }

    private static boolean finite(double[] v) {
        return Arrays.stream(v).allMatch(Double::isFinite);
    }
}
