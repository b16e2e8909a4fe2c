package org.activationworkbench.study;

import java.util.SplittableRandom;
import org.activationworkbench.activation.Activation;
import org.activationworkbench.activation.Sharing;
import org.activationworkbench.nn.ActivationLayer;
import org.activationworkbench.nn.Architecture;
import org.activationworkbench.nn.Network;

/**
 * Measures how the second moment E[f²] of activations evolves through a deep untrained network fed x ~ N(0, 1):
 * the quantity a variance-preserving init keeps at 1. Also E[f(x)²] of one activation for x ~ N(0, 1).
 */
final class InitVariance {

    private InitVariance() {
    }

    /** How to set a network's activation parameters before measuring (null = the family's own init). */
    interface Init {
        void apply(ActivationLayer layer, SplittableRandom rnd);
    }

    /** E[f(x)²] for x ~ N(0, 1) under the given init, by Monte Carlo over n samples. */
    static double singleSecondMoment(Activation a, Init init, int n, long seed) {
        ActivationLayer layer = new ActivationLayer(0, a, Sharing.LAYER, 1);
        if (init != null) init.apply(layer, new SplittableRandom(seed + 1));
        float[] x = gaussian(n, seed);
        float[] y = new float[n];
        layer.forward(x, y, n);
        return secondMoment(y, n);
    }

    /**
     * E[f²] of the activation outputs after each of depth hidden layers (plain) or inside each of depth residual
     * blocks (width units, the family's weight init, layer sharing).
     */
    static double[] perLayer(Activation a, Init init, Architecture architecture, int depth, int width, int rows, long seed) {
        Network net = Network.of(architecture, null, new int[0], width, Recipes.layers(depth, width), 1, a, Sharing.LAYER, seed);
        SplittableRandom rnd = new SplittableRandom(seed + 1);
        if (init != null) for (ActivationLayer l : net.activationLayers()) init.apply(l, rnd);
        net.forward(gaussian(rows * width, seed + 2), rows);
        double[] out = new double[depth];
        float[] y = new float[rows * width];
        for (int i = 0; i < depth; i++) {
            // the network keeps pre-activations; applying the layer's activation again gives its output
            net.activationLayers().get(i).forward(net.preActivations(i), y, rows);
            out[i] = secondMoment(y, rows * width);
        }
        return out;
    }

    private static double secondMoment(float[] y, int n) {
        double s = 0;
        for (int i = 0; i < n; i++) s += (double) y[i] * y[i];
        return s / n;
    }

    private static float[] gaussian(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            double u1 = r.nextDouble(), u2 = r.nextDouble();
            x[i] = (float) (Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2));
        }
        return x;
    }
}
