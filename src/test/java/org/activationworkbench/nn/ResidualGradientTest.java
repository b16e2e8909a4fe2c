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
 * Residual pre-norm blocks and plain layers with a norm against finite differences, for every learnable family
 * in both sharing modes and every norm: each weight, bias, γ, β and activation parameter, and the input gradient.
 * BatchNorm both ways: in a training pass (batch statistics, the gradient flowing through them) and in evaluation
 * (running statistics).
 */
class ResidualGradientTest {

    static Stream<Arguments> cases() {
        Stream.Builder<Arguments> b = Stream.builder();
        for (FamilyInfo f : ActivationRegistry.learnable()) {
            for (Sharing s : Sharing.values()) {
                for (Architecture.Norm n : Architecture.Norm.values()) b.add(Arguments.of(f.name(), s, n));
            }
        }
        for (Architecture.Norm n : Architecture.Norm.values()) b.add(Arguments.of("gelu", Sharing.LAYER, n));
        return b.build();
    }

    @ParameterizedTest(name = "residual {0} {1} norm {2}")
    @MethodSource("cases")
    void residualBlocksBackpropMatchFiniteDifferences(String family, Sharing sharing, Architecture.Norm norm) {
        // stream of 5, blocks of inner width 4 (w ≠ h), two blocks
        Architecture arch = new Architecture(Architecture.Block.RESIDUAL, norm, 4);
        check(family, sharing, arch, new SoftmaxCrossEntropy(), 3, 8);
        check(family, sharing, arch, new MeanSquaredError(), 2, 9);
    }

    @ParameterizedTest(name = "plain {0} {1} norm {2}")
    @MethodSource("cases")
    void plainLayersWithANormBackpropMatchFiniteDifferences(String family, Sharing sharing, Architecture.Norm norm) {
        check(family, sharing, new Architecture(Architecture.Block.PLAIN, norm), new SoftmaxCrossEntropy(), 3, 10);
    }

    private static void check(String family, Sharing sharing, Architecture arch, Loss loss, int outputs, long seed) {
        Activation a = ActivationRegistry.create(ActivationSpec.of(family));
        int[] hidden = arch.block() == Architecture.Block.RESIDUAL ? new int[] {5, 5} : new int[] {5, 4};
        Network net = Network.of(arch, null, new int[0], 3, hidden, outputs, a, sharing, seed);
        SplittableRandom rnd = new SplittableRandom(seed + 1);
        GradientCheck.perturbActivations(net, rnd);
        GradientCheck.perturbNorms(net, rnd);
        int rows = 6;
        float[] x = new float[rows * 3];
        for (int i = 0; i < x.length; i++) x[i] = (float) (rnd.nextDouble() * 3 - 1.5);
        int[] labels = new int[rows];
        float[] targets = new float[rows * outputs];
        for (int r = 0; r < rows; r++) labels[r] = rnd.nextInt(outputs);
        for (int i = 0; i < targets.length; i++) targets[i] = (float) (rnd.nextDouble() * 2 - 1);
        String what = family + " " + sharing + " " + arch.description();
        GradientCheck.check(what + " (training pass)", net, loss, x, rows, labels, targets, true);
        if (arch.norm() == Architecture.Norm.BATCH) {
            // a few training passes move the running statistics off their start (mean 0, variance 1)
            for (int i = 0; i < 3; i++) net.forwardTraining(x, rows);
            GradientCheck.check(what + " (evaluation)", net, loss, x, rows, labels, targets, false);
        }
    }
}
