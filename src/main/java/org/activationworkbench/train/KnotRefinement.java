package org.activationworkbench.train;

/**
 * Doubles a uniform knot grid, K → 2K − 1, keeping the piecewise-linear function: the old knots stay (at even
 * positions) and each new knot midway between two takes the mean of their values, so every old segment becomes
 * two collinear halves, and the end slopes (the linear extension outside the grid) stay the same.
 * The same map re-expresses optimizer state (momentum, Adam moments) per knot.
 */
final class KnotRefinement {

    private KnotRefinement() {
    }

    static int refinedKnots(int knots) {
        return 2 * knots - 1;
    }

    /** values: vectors × knots, laid out vector after vector; returns vectors × (2·knots − 1). */
    static float[] refine(float[] values, int knots) {
        int vectors = values.length / knots;
        int k2 = refinedKnots(knots);
        float[] out = new float[vectors * k2];
        for (int v = 0; v < vectors; v++) {
            int src = v * knots;
            int dst = v * k2;
            for (int j = 0; j < knots; j++) {
                out[dst + 2 * j] = values[src + j];
                if (j + 1 < knots) out[dst + 2 * j + 1] = (float) (((double) values[src + j] + values[src + j + 1]) / 2);
            }
        }
        return out;
    }
}
