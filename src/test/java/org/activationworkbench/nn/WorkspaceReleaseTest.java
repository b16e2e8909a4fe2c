package org.activationworkbench.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.SplittableRandom;
import org.activationworkbench.activation.Activation;
import org.activationworkbench.activation.ActivationRegistry;
import org.activationworkbench.activation.ActivationSpec;
import org.activationworkbench.activation.Sharing;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A network whose batch buffers were dropped (as a study does with every finished run) computes as before. */
class WorkspaceReleaseTest {

    @ParameterizedTest
    @EnumSource(Architecture.Block.class)
    void aReleasedNetworkGivesTheSameOutputsAndGradients(Architecture.Block block) {
        Activation a = ActivationRegistry.create(ActivationSpec.of("bspline"));
        Network net = Network.of(new Architecture(block, Architecture.Norm.LAYER, 4), ImageShape.square(16),
                new int[] {2}, 16, new int[] {5, 5}, 3, a, Sharing.NEURON, 3);
        SplittableRandom rnd = new SplittableRandom(4);
        int rows = 7;
        float[] x = new float[rows * 16];
        for (int i = 0; i < x.length; i++) x[i] = (float) (rnd.nextDouble() * 2 - 1);
        int[] labels = new int[rows];
        for (int r = 0; r < rows; r++) labels[r] = rnd.nextInt(3);
        float[] before = net.forward(x, rows).clone();
        float[] dxBefore = inputGradient(net, x, rows);

        net.releaseWorkspace();
        assertArrayEquals(before, net.forward(x, rows).clone(), 0f);
        net.releaseWorkspace();
        assertArrayEquals(dxBefore, inputGradient(net, x, rows), 0f);
    }

    /** The gradient of the outputs' sum with respect to the inputs, after a training pass. */
    private static float[] inputGradient(Network net, float[] x, int rows) {
        float[] out = net.forwardTraining(x, rows);
        float[] dOut = new float[out.length];
        java.util.Arrays.fill(dOut, 1f);
        return net.inputGradient(dOut, rows);
    }
}
