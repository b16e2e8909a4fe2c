package org.activationworkbench.train;

/**
 * Removes the knots a piecewise-linear curve does not need: walking left to right from the last kept knot, a knot
 * is dropped while the straight line from that kept knot to the knot after it stays within {@code threshold·h/2} of
 * every value it would replace. For one isolated knot that is exactly "its slope change |c_{j+1} − 2c_j + c_{j−1}|/h
 * is at most the threshold", and a run of small bends cannot add up beyond the same bound: the pruned curve is
 * within threshold·h/2 of the original everywhere. Dropped knots get the line's value, so they are inactive.
 */
final class KnotPruning {

    private KnotPruning() {
    }

    /** Prunes one vector c[off .. off+knots) in place; returns how many knots remain active (ends included). */
    static int prune(float[] c, int off, int knots, double h, double threshold) {
        double tol = threshold * h / 2;
        int anchor = 0;
        int active = 1;
        for (int j = 1; j < knots - 1; j++) {
            if (!fits(c, off, anchor, j + 1, tol)) {
                flatten(c, off, anchor, j);
                anchor = j;
                active++;
            }
        }
        flatten(c, off, anchor, knots - 1);
        return active + 1;
    }

    /** True when the line from knot a to knot b is within tol of every knot strictly between them. */
    private static boolean fits(float[] c, int off, int a, int b, double tol) {
        for (int m = a + 1; m < b; m++) {
            if (Math.abs(c[off + m] - line(c, off, a, b, m)) > tol) return false;
        }
        return true;
    }

    /** Puts every knot strictly between a and b on the line from a to b. */
    private static void flatten(float[] c, int off, int a, int b) {
        for (int m = a + 1; m < b; m++) c[off + m] = (float) line(c, off, a, b, m);
    }

    private static double line(float[] c, int off, int a, int b, int m) {
        double ca = c[off + a];
        return ca + (c[off + b] - ca) * (m - a) / (double) (b - a);
    }
}
