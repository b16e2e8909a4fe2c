package org.activationworkbench.activation;

/** Constant tables shared by the series families, so kernels multiply instead of divide. */
final class Factorials {

    /** Largest k with a table entry; covers the hermite cap (20) plus one recurrence step. */
    static final int MAX = 21;

    /** INVERSE[k] = 1/k!. */
    static final double[] INVERSE = new double[MAX + 1];

    /** RECIPROCAL[k] = 1/k (RECIPROCAL[0] unused). */
    static final double[] RECIPROCAL = new double[MAX + 1];

    static {
        double f = 1;
        INVERSE[0] = 1;
        for (int k = 1; k <= MAX; k++) {
            f *= k;
            INVERSE[k] = 1 / f;
            RECIPROCAL[k] = 1.0 / k;
        }
    }

    private Factorials() {
    }

    /** k! as a double (exact up to 22!). */
    static double of(int k) {
        return 1 / INVERSE[k];
    }
}
