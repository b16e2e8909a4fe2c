package org.activationworkbench.activation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class BSplineTv2Test {

    private final BSplineActivation spline = new BSplineActivation(21, -3, 3, Baseline.RELU);

    @Test
    void linearSplineHasNoVariation() {
        double[] c = new double[21];
        for (int j = 0; j < 21; j++) c[j] = 0.7 * spline.knot(j) - 2;
        assertEquals(0.0, spline.tv2(c, 0), 1e-12);
    }

    @Test
    void reluInitHasOneKinkOfSlopeChangeOne() {
        // only j = 10 (t = 0) has a second difference: c_11 − 2c_10 + c_9 = 0.3 − 0 + 0 = h, divided by h
        assertEquals(1.0, spline.tv2(spline.initialParameters(), 0), 1e-12);
        // two kinks of slope change 2 and 0.5 on a coarser grid, at an offset into a neuron-shared array
        BSplineActivation coarse = new BSplineActivation(5, -2, 2, Baseline.IDENTITY); // h = 1
        double[] p = {9, 9, 0, 0, 2, 2.5, 3, 9};
        assertEquals(2.0 + 1.5, coarse.tv2(p, 2), 1e-12); // |2 − 0 + 0| + |2.5 − 4 + 0| + |3 − 5 + 2|
    }

    @Test
    void gradientMatchesFiniteDifferences() {
        SplittableRandom rnd = new SplittableRandom(1);
        double[] p = new double[3 + 21];
        for (int i = 0; i < p.length; i++) p[i] = rnd.nextDouble() * 2 - 1; // second differences far from 0
        double lambda = 0.3;
        double[] grad = new double[p.length];
        spline.addTv2Gradient(p, 3, lambda, grad);
        double h = 1e-7;
        for (int i = 0; i < p.length; i++) {
            double[] q = p.clone();
            q[i] += h;
            double up = spline.tv2(q, 3);
            q[i] -= 2 * h;
            double down = spline.tv2(q, 3);
            assertEquals(lambda * (up - down) / (2 * h), grad[i], 1e-6, "dTV2/dp" + i);
        }
    }
}
