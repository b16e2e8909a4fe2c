package org.activationworkbench.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.activationworkbench.activation.BSplineActivation;
import org.activationworkbench.activation.Baseline;
import org.activationworkbench.activation.Sharing;
import org.activationworkbench.nn.ActivationLayer;
import org.activationworkbench.nn.ImageShape;
import org.activationworkbench.nn.Network;
import org.activationworkbench.nn.Parameter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Doubling the knots (K → 2K − 1) keeps the network's function to float precision, inside and outside the grid. */
class GridRefinementTest {

    @ParameterizedTest
    @EnumSource(Sharing.class)
    void refinementKeepsTheFunction(Sharing sharing) {
        BSplineActivation b = new BSplineActivation(6, -3, 3, Baseline.RELU);
        Network net = new Network(ImageShape.square(16), new int[] {2}, new int[] {5, 4}, 3, b, sharing, 7);
        SplittableRandom rnd = new SplittableRandom(9);
        for (ActivationLayer l : net.activationLayers()) {
            float[] v = l.parameter().value();
            for (int i = 0; i < v.length; i++) v[i] += (float) (rnd.nextDouble() - 0.5);
        }
        int rows = 20;
        float[] x = new float[rows * 16];
        for (int i = 0; i < x.length; i++) x[i] = (float) (rnd.nextDouble() * 10 - 5); // far outside [-3, 3] too
        float[] before = net.forward(x, rows).clone();
        Adam adam = new Adam(net.parameters(), false);
        GridRefineProcedure.refine(net, adam);
        for (ActivationLayer l : net.activationLayers()) assertEquals(11, ((BSplineActivation) l.activation()).knots());
        float[] after = net.forward(x, rows);
        for (int i = 0; i < before.length; i++) {
            assertEquals(before[i], after[i], 2e-6 * (1 + Math.abs(before[i])), "output " + i);
        }
        // the network and the optimizer both hold the new tensors, and an update reaches them
        List<Parameter> params = net.parameters();
        for (ActivationLayer l : net.activationLayers()) assertTrue(params.stream().anyMatch(p -> p == l.parameter()));
        for (Parameter p : params) java.util.Arrays.fill(p.grad(), 1f);
        float[] act = net.activationLayers().get(0).parameter().value();
        float keep = act[3];
        adam.step(new LearningRates(0.01, 0.01));
        assertEquals(keep - 0.01f, act[3], 1e-5f);
    }

    @org.junit.jupiter.api.Test
    void refinedValuesInterleaveOldKnotsAndMidpoints() {
        float[] two = KnotRefinement.refine(new float[] {0, 2, 6, 1, 1, 3}, 3);
        assertEquals(10, two.length);
        org.junit.jupiter.api.Assertions.assertArrayEquals(new float[] {0, 1, 2, 4, 6, 1, 1, 1, 2, 3}, two);
        assertSame(5, KnotRefinement.refinedKnots(3));
    }
}
