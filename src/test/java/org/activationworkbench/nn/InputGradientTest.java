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
        SplittableRandom rnd = new SplittableRandom(3);
        int rows = 5;
        float[] x = new float[rows * 4];
        for (int i = 0; i < x.length; i++) x[i] = (float) (rnd.nextDouble() * 2 - 1);
        int[] labels = {0, 1, 2, 1, 0};
        SoftmaxCrossEntropy loss = new SoftmaxCrossEntropy();
        float[] dOut = new float[rows * 3];
        loss.evaluate(net.forward(x, rows), rows, 3, labels, null, dOut);
        float[] g = net.inputGradient(dOut, rows);
        for (int i = 0; i < x.length; i++) {
            float keep = x[i];
            float h = 2e-3f;
            x[i] = keep + h;
            double up = loss.evaluate(net.forward(x, rows), rows, 3, labels, null, null);
            x[i] = keep - h;
            double down = loss.evaluate(net.forward(x, rows), rows, 3, labels, null, null);
            x[i] = keep;
            double numeric = (up - down) / (2 * h);
            assertEquals(numeric, g[i], 2e-3 + 0.05 * Math.abs(numeric), family + " input " + i);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"mish", "gelu", "hermite"})
    void convNetworksInputGradientMatchesFiniteDifferences(String family) {
        Activation a = ActivationRegistry.create(ActivationSpec.of(family));
        Network net = new Network(ImageShape.square(36), new int[] {2, 3}, new int[] {4}, 3, a, Sharing.NEURON, 5);
        SplittableRandom rnd = new SplittableRandom(11);
        int rows = 3;
        float[] x = new float[rows * 36];
        for (int i = 0; i < x.length; i++) x[i] = (float) (rnd.nextDouble() * 2 - 1);
        int[] labels = {2, 0, 1};
        SoftmaxCrossEntropy loss = new SoftmaxCrossEntropy();
        float[] dOut = new float[rows * 3];
        loss.evaluate(net.forward(x, rows), rows, 3, labels, null, dOut);
        float[] g = net.inputGradient(dOut, rows);
        int checked = 0;
        for (int i = 0; i < x.length; i++) {
            float keep = x[i];
            float h = 1e-3f;
            x[i] = keep + h;
            double up = loss.evaluate(net.forward(x, rows), rows, 3, labels, null, null);
            x[i] = keep - h;
            double down = loss.evaluate(net.forward(x, rows), rows, 3, labels, null, null);
            x[i] = keep;
            double numeric = (up - down) / (2 * h);
            assertEquals(numeric, g[i], 2e-3 + 0.05 * Math.abs(numeric), family + " input " + i);
            if (g[i] != 0) checked++;
        }
        assertTrue(checked > x.length / 4, "the gradient reaches the pixels: " + checked + " of " + x.length);
    }
}
