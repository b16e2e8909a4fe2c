package org.activationworkbench.experiment;

/**
 * Where a layer's pre-activations fell: counts in equal bins over [lo, hi] (only the shape matters), plus the
 * share of values outside that range (above 10 % the activation panel warns).
 */
public record Histogram(double lo, double hi, double[] counts, double outsideShare) {

    public Histogram {
        if (!(hi > lo)) {
            throw new IllegalArgumentException("histogram needs lo < hi, got [" + lo + ", " + hi + "]");
        }
        counts = counts.clone();
    }

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
