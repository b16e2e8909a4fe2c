package org.activationworkbench.plot;

import java.util.Arrays;

/**
 * Robust y limits for a curve: the full range unless a few extreme values (a polynomial shooting up at the
 * edge of its range) would squash the rest, in which case those are left outside and flagged as clipped.
 */
public final class YLimits {

    /** Fraction of the range added as padding above and below. */
    static final double PAD = 0.07;
    /** How many central-spreads beyond the 5–95 % band a value may go before it is left outside. */
    static final double REACH = 1.5;

    private YLimits() {
    }

    /** {lo, hi} covering the finite values of all arrays (null arrays ignored), padded; never empty. */
    public static double[] of(double[]... curves) {
        int n = 0;
        for (double[] c : curves) {
            n += c == null ? 0 : c.length;
        }
        double[] v = new double[n];
        int k = 0;
        for (double[] c : curves) {
            if (c != null) {
                for (double d : c) {
                    if (Double.isFinite(d)) {
                        v[k++] = d;
                    }
                }
            }
        }
        if (k == 0) {
            return new double[] {-1, 1};
        }
        v = Arrays.copyOf(v, k);
        Arrays.sort(v);
        double min = v[0];
        double max = v[k - 1];
        double q05 = v[(int) Math.floor(0.05 * (k - 1))];
        double q95 = v[(int) Math.ceil(0.95 * (k - 1))];
        double spread = q95 - q05;
        double lo = min;
        double hi = max;
        if (spread > 0) {
            lo = Math.max(min, q05 - REACH * spread);
            hi = Math.min(max, q95 + REACH * spread);
        }
        return pad(lo, hi);
    }

    /** Widens a flat range and pads a proper one. */
    static double[] pad(double lo, double hi) {
        double span = hi - lo;
        if (!(span > 1e-12 * Math.max(1, Math.abs(hi)))) {
            double d = Math.max(0.5, Math.abs(lo) * 0.1);
            return new double[] {lo - d, hi + d};
        }
        return new double[] {lo - PAD * span, hi + PAD * span};
    }

    /** Union of several {lo, hi} pairs. */
    static double[] union(double[] a, double[] b) {
        return new double[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])};
    }

    /** True when some finite value of {@code y} lies outside [lo, hi]. */
    static boolean leaves(double[] y, double lo, double hi) {
        for (double v : y) {
            if (Double.isFinite(v) && (v < lo || v > hi)) {
                return true;
            }
        }
        return false;
    }
}
