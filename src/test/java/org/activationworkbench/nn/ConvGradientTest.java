package org.activationworkbench.nn;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.activationworkbench.activation.Activation;
import org.activationworkbench.activation.ActivationRegistry;
import org.activationworkbench.activation.ActivationSpec;
import org.activationworkbench.activation.Sharing;
import org.activationworkbench.train.MeanSquaredError;
import org.activationworkbench.train.SoftmaxCrossEntropy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Conv and pool layers inside a whole CNN against finite differences: every conv kernel and bias, every
 * per-channel (neuron sharing) or per-layer activation parameter, and the dense layers behind the flatten.
 * A 6×5 image (odd width: the pool drops the last column) with 2 input channels, two conv blocks, one dense layer.
 */
class ConvGradientTest {

    static Stream<Arguments> cases() {
        Stream.Builder<Arguments> b = Stream.builder();
        for (String f : new String[] {"bspline", "dyn", "hermite", "prelu"}) {
            for (Sharing s : Sharing.values()) b.add(Arguments.of(f, s));
        }
        b.add(Arguments.of("gelu", Sharing.LAYER));
        return b.build();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void convAndPoolBackpropMatchFiniteDifferences(String family, Sharing sharing) {
        Activation a = ActivationRegistry.create(ActivationSpec.of(family));
        ImageShape image = new ImageShape(6, 5, 2);
        Network net = new Network(image, new int[] {3, 2}, new int[] {4}, 3, a, sharing, 11);
        SplittableRandom rnd = new SplittableRandom(3);
        GradientCheck.perturbActivations(net, rnd);
        int rows = 3;
        float[] x = new float[rows * image.size()];
        for (int i = 0; i < x.length; i++) x[i] = (float) (rnd.nextDouble() * 3 - 1.5);
        int[] labels = {0, 2, 1};
        GradientCheck.check(family + " " + sharing + " cnn", net, new SoftmaxCrossEntropy(), x, rows, labels, null);
    }

    @ParameterizedTest(name = "{0} {1} (mse)")
    @MethodSource("cases")
    void convBackpropForRegression(String family, Sharing sharing) {
        Activation a = ActivationRegistry.create(ActivationSpec.of(family));
        ImageShape image = new ImageShape(4, 4, 1);
        Network net = new Network(image, new int[] {2}, new int[] {3}, 2, a, sharing, 12);
        SplittableRandom rnd = new SplittableRandom(4);
        GradientCheck.perturbActivations(net, rnd);
        int rows = 2;
        float[] x = new float[rows * image.size()];
        for (int i = 0; i < x.length; i++) x[i] = (float) (rnd.nextDouble() * 3 - 1.5);
        float[] targets = {0.5f, -0.3f, 1f, 0.2f};
        GradientCheck.check(family + " " + sharing + " cnn mse", net, new MeanSquaredError(), x, rows, null, targets);
    }
}
