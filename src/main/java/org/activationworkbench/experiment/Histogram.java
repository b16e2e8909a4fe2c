package org.activationworkbench.experiment;

import java.util.Arrays;

/**
 * Where a layer's pre-activations fell: counts in equal bins over [lo, hi] (only the shape matters), the share of
 * values outside the family's working range or grid (above 10 % the activation panel warns), and where the values
 * themselves lay: their 2 % and 98 % quantiles, so a plot can follow the data when it leaves the working range.
 * The bins cover the working range and those quantiles together; {@code beyond} is the share outside the bins.
 *
 * @param lo, hi        the bins' range
 * @param counts        values per bin
 * @param outsideShare  share of values outside the working range (the knot grid of a spline)
 * @param dataLo        the values' 2 % quantile (lo for a histogram made without one)
 * @param dataHi        the values' 98 % quantile (hi for a histogram made without one)
 * @param beyond        share of values outside [lo, hi]
 */
public record Histogram(double lo, double hi, double[] counts, double outsideShare, double dataLo, double dataHi,
                        double beyond) {

    /** The quantiles a plot's range follows: the middle 96 % of the values (a few outliers do not stretch it). */
    public static final double TAIL = 0.02;
    /** Values sorted for the quantiles: a strided sample of a large batch is plenty. */
    private static final int QUANTILE_SAMPLE = 4096;

    public Histogram {
        if (!(hi > lo)) {
            throw new IllegalArgumentException("histogram needs lo < hi, got [" + lo + ", " + hi + "]");
        }
        counts = counts.clone();
        // a histogram read from an older file has no quantiles: its bins' range stands for them
        if (!(dataHi >= dataLo) || (dataLo == 0 && dataHi == 0)) {
            dataLo = lo;
            dataHi = hi;
        }
        if (!(beyond >= 0)) beyond = 0;
    }

    /** Bins over [lo, hi] only, with nothing known about the values beyond. */
    public Histogram(double lo, double hi, double[] counts, double outsideShare) {
        this(lo, hi, counts, outsideShare, lo, hi, outsideShare);
    }

    /**
     * Histogram of the first n values of v: {@code bins} bins over the working range [lo, hi] widened to the values'
     * 2–98 % quantiles, and the share of values outside [lo, hi].
     */
    public static Histogram of(float[] v, int n, double lo, double hi, int bins) {
        double[] q = quantiles(v, n);
        double blo = Math.min(lo, q[0]), bhi = Math.max(hi, q[1]);
        double[] counts = new double[bins];
        long outside = 0, beyond = 0;
        double scale = bins / (bhi - blo);
        for (int i = 0; i < n; i++) {
            double x = v[i];
            if (x < lo || x > hi || Double.isNaN(x)) outside++;
            if (x < blo || x > bhi || Double.isNaN(x)) {
                beyond++;
                continue;
            }
            int b = Math.min(bins - 1, (int) ((x - blo) * scale));
            counts[b]++;
        }
        return new Histogram(blo, bhi, counts, n == 0 ? 0 : outside / (double) n, q[0], q[1],
                n == 0 ? 0 : beyond / (double) n);
    }

    /** The 2 % and 98 % quantiles of the finite values (of a strided sample when there are many). */
    static double[] quantiles(float[] v, int n) {
        int stride = Math.max(1, (n + QUANTILE_SAMPLE - 1) / QUANTILE_SAMPLE);
        float[] s = new float[(n + stride - 1) / stride];
        int k = 0;
        for (int i = 0; i < n; i += stride) if (Float.isFinite(v[i])) s[k++] = v[i];
        if (k == 0) return new double[] {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        Arrays.sort(s, 0, k);
        int a = (int) Math.floor(TAIL * (k - 1)), b = (int) Math.ceil((1 - TAIL) * (k - 1));
        return new double[] {s[a], s[b]};
    }

    /** Share of the values outside [from, to], as far as the bins tell (their values spread evenly within a bin). */
    public double shareOutside(double from, double to) {
        double total = 0, out = 0, bin = (hi - lo) / counts.length;
        for (int i = 0; i < counts.length; i++) {
            double b0 = lo + i * bin, b1 = b0 + bin;
            double inside = Math.max(0, Math.min(b1, to) - Math.max(b0, from)) / bin;
            total += counts[i];
            out += counts[i] * (1 - inside);
        }
        return total == 0 ? beyond : beyond + (1 - beyond) * out / total;
    }
}
