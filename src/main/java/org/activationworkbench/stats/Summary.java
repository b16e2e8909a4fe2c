package org.activationworkbench.stats;

import java.util.Collection;

/**
 * What several seeds of one measurement say: their number, mean, sample standard deviation (n − 1), standard
 * error, a 95 % interval of the mean (Student t with n − 1 degrees of freedom) and the range. Built only from
 * finite values: a caller decides first what a failed run counts as ({@link #of} refuses NaN), or drops failures
 * explicitly ({@link #ofFinite}). With one value the spread is unknown: sd, standard error and the interval are NaN.
 */
public record Summary(int n, double mean, double sd, double min, double max) {

    public static final Summary EMPTY = new Summary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);

    /** The summary of these values; every one must be finite. */
    public static Summary of(double... values) {
        for (double v : values) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("a summary takes finite values only, got " + v
                        + " (decide what a failed run counts as first, or use ofFinite)");
            }
        }
        return summarise(values);
    }

    public static Summary of(Collection<Double> values) {
        return of(values.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** The summary of the finite values, silently leaving out NaN and infinities (say so where it is used). */
    public static Summary ofFinite(double... values) {
        return summarise(java.util.Arrays.stream(values).filter(Double::isFinite).toArray());
    }

    public static Summary ofFinite(Collection<Double> values) {
        return ofFinite(values.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static Summary summarise(double[] v) {
        int n = v.length;
        if (n == 0) return EMPTY;
        double sum = 0, lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (double x : v) {
            sum += x;
            lo = Math.min(lo, x);
            hi = Math.max(hi, x);
        }
        double mean = sum / n;
        double ss = 0;
        for (double x : v) ss += (x - mean) * (x - mean);   // two passes: no cancellation for close values
        double sd = n > 1 ? Math.sqrt(ss / (n - 1)) : Double.NaN;
        return new Summary(n, mean, sd, lo, hi);
    }

    /** Standard error of the mean, sd / √n. */
    public double se() {
        return sd / Math.sqrt(n);
    }

    /** Half the width of the 95 % interval of the mean: t(0.975; n − 1) · se. NaN below two values. */
    public double ciHalfWidth() {
        return n > 1 ? StudentT.quantile975(n - 1) * se() : Double.NaN;
    }

    public double ciLow() {
        return mean - ciHalfWidth();
    }

    public double ciHigh() {
        return mean + ciHalfWidth();
    }

    /** Every value multiplied by k (fractions to percentages); a negative k swaps min and max. */
    public Summary scaled(double k) {
        return new Summary(n, mean * k, sd * Math.abs(k), k >= 0 ? min * k : max * k, k >= 0 ? max * k : min * k);
    }
}
