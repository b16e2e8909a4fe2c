package org.activationworkbench.experiment;

/**
 * Counts of values in equal bins over [lo, hi], plus the share of values outside that range.
 */
public record Histogram(double lo, double hi, double[] counts, double outsideShare) {

    /** Histogram of the first n values of v over [lo, hi] with the given number of bins. */
    public static Histogram of(float[] v, int n, double lo, double hi, int bins) {
        double[] counts = new double[bins];
        long outside = 0;
        double scale = bins / (hi - lo);
        for (int i = 0; i < n; i++) {
            double x = v[i];
            if (x < lo || x > hi || Double.isNaN(x)) {
                outside++;
                continue;
            }
            int b = Math.min(bins - 1, (int) ((x - lo) * scale));
            counts[b]++;
        }
        return new Histogram(lo, hi, counts, n == 0 ? 0 : outside / (double) n);
    }
}
