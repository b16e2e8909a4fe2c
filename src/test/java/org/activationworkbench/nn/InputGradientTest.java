package org.activationworkbench.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.activationworkbench.activation.Activation;
import org.activationworkbench.activation.ActivationRegistry;
import org.activationworkbench.activation.ActivationSpec;
import org.activationworkbench.activation.Sharing;
import org.activationworkbench.train.SoftmaxCrossEntropy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** dL/dx from {@link Network#inputGradient} against central finite differences (smooth families: kinks spoil them). */
class InputGradientTest {

    @ParameterizedTest
    @ValueSource(strings = {"mish", "gelu", "tanh", "hermite"})
    void inputGradientMatchesFiniteDifferences(String family) {
        Activation a = ActivationRegistry.create(ActivationSpec.of(family));
        Network net = new Network(4, new int[] {6, 5}, 3, a, Sharing.LAYER, 7);
        assertMatchesFiniteDifferences(net, 5, new int[] {0, 1, 2, 1, 0}, 2e-3f, family);
    }

    @ParameterizedTest
    @ValueSource(strings = {"mish", "gelu", "hermite"})
    void convNetworksInputGradientMatchesFiniteDifferences(String family) {
        Activation a = ActivationRegistry.create(ActivationSpec.of(family));
        Network net = new Network(ImageShape.square(36), new int[] {2, 3}, new int[] {4}, 3, a, Sharing.NEURON, 5);
        int nonZero = assertMatchesFiniteDifferences(net, 3, new int[] {2, 0, 1}, 1e-3f, family + " cnn");
        assertTrue(nonZero > 3 * 36 / 4, "the gradient reaches the pixels: " + nonZero + " of " + 3 * 36);
    }

    /** Checks every input's gradient on random inputs in [−1, 1]; returns how many were non-zero. */
    private static int assertMatchesFiniteDifferences(Network net, int rows, int[] labels, float h, String what) {
        int in = net.inputs(), outs = net.outputs();
        SplittableRandom rnd = new SplittableRandom(3);
        float[] x = new float[rows * in];
        for (int i = 0; i < x.length; i++) x[i] = (float) (rnd.nextDouble() * 2 - 1);
        SoftmaxCrossEntropy loss = new SoftmaxCrossEntropy();
        float[] dOut = new float[rows * outs];
        loss.evaluate(net.forward(x, rows), rows, outs, labels, null, dOut);
        float[] g = net.inputGradient(dOut, rows);
        int nonZero = 0;
        for (int i = 0; i < x.length; i++) {
            float keep = x[i];
            x[i] = keep + h;
            double up = loss.evaluate(net.forward(x, rows), rows, outs, labels, null, null);
            x[i] = keep - h;
            double down = loss.evaluate(net.forward(x, rows), rows, outs, labels, null, null);
            x[i] = keep;
            double numeric = (up - down) / (2 * h);
            assertEquals(numeric, g[i], 2e-3 + 0.05 * Math.abs(numeric), what + " input " + i);
            if (g[i] != 0) nonZero++;
        }
        return nonZero;
    }
}
