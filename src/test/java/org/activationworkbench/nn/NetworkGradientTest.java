package org.activationworkbench.nn;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.activationworkbench.activation.Activation;
import org.activationworkbench.activation.ActivationRegistry;
import org.activationworkbench.activation.ActivationSpec;
import org.activationworkbench.activation.FamilyInfo;
import org.activationworkbench.activation.Sharing;
import org.activationworkbench.train.Loss;
import org.activationworkbench.train.MeanSquaredError;
import org.activationworkbench.train.SoftmaxCrossEntropy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Back-propagation through a whole network against finite differences of the loss, for every learnable
 * family in both sharing modes: every weight, bias and activation parameter. Float32 forward passes, so
 * the tolerance is loose, but a wrong sign or a missing term is far outside it.
 */
class NetworkGradientTest {

    static Stream<Arguments> cases() {
        Stream.Builder<Arguments> b = Stream.builder();
        for (FamilyInfo f : ActivationRegistry.learnable()) {
            for (Sharing s : Sharing.values()) b.add(Arguments.of(f.name(), s));
        }
        b.add(Arguments.of("gelu", Sharing.LAYER));
        return b.build();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void backpropMatchesFiniteDifferences(String family, Sharing sharing) {
        check(family, sharing, new SoftmaxCrossEntropy(), 3);
    }

    @ParameterizedTest(name = "{0} {1} (mse)")
    @MethodSource("cases")
    void backpropMatchesFiniteDifferencesForRegression(String family, Sharing sharing) {
        check(family, sharing, new MeanSquaredError(), 2);
    }

    private static void check(String family, Sharing sharing, Loss loss, int outputs) {
        Activation a = ActivationRegistry.create(ActivationSpec.of(family));
        Network net = new Network(3, new int[] {5, 4}, outputs, a, sharing, 42);
        SplittableRandom rnd = new SplittableRandom(5);
        GradientCheck.perturbActivations(net, rnd);
        int rows = 6;
        float[] x = new float[rows * 3];
        for (int i = 0; i < x.length; i++) x[i] = (float) (rnd.nextDouble() * 3 - 1.5);
        int[] labels = new int[rows];
        float[] targets = new float[rows * outputs];
        for (int r = 0; r < rows; r++) labels[r] = rnd.nextInt(outputs);
        for (int i = 0; i < targets.length; i++) targets[i] = (float) (rnd.nextDouble() * 2 - 1);
        GradientCheck.check(family + " " + sharing, net, loss, x, rows, labels, targets);
    }
}
