package org.activationworkbench.study;

import java.util.SplittableRandom;
import org.activationworkbench.experiment.Experiment;
import org.activationworkbench.nn.DenseLayer;

/**
 * PyTorch's default initialisation of nn.Linear, applied to a freshly built network: every weight and bias drawn
 * from U(−1/√fan_in, 1/√fan_in) (kaiming_uniform with a = √5 gives exactly this bound for the weights). The
 * workbench's own default for ReLU-like families is He-normal (std √(2/fan_in)) with zero biases; this is the
 * other arm a PyTorch user's network starts from.
 */
final class TorchDefaultInit {

    private TorchDefaultInit() {
    }

    static void apply(Experiment e, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + 17);
        for (DenseLayer d : e.network().denseLayers()) {
            double bound = 1 / Math.sqrt(d.inputs());
            fill(d.weightParameter().value(), bound, rnd);
            fill(d.biasParameter().value(), bound, rnd);
        }
    }

    private static void fill(float[] v, double bound, SplittableRandom rnd) {
        for (int i = 0; i < v.length; i++) v[i] = (float) (bound * (2 * rnd.nextDouble() - 1));
    }
}
