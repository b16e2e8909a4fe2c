package org.activationworkbench.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.activationworkbench.activation.Activation;
import org.activationworkbench.activation.ActivationRegistry;
import org.activationworkbench.activation.ActivationSpec;
import org.activationworkbench.activation.Sharing;
import org.activationworkbench.train.SoftmaxCrossEntropy;
import org.junit.jupiter.api.Test;

/** Any depth from 1 to 100 hidden layers, any widths; the parameter counts add up. */
class NetworkDepthTest {

    private static final Activation DYN = ActivationRegistry.create(ActivationSpec.of("dyn"));

    @Test
    void aHundredHiddenLayersRunForwardAndBackward() {
        int[] hidden = new int[Network.MAX_HIDDEN_LAYERS];
        Arrays.fill(hidden, 8);
        Network net = new Network(3, hidden, 2, DYN, Sharing.LAYER, 1);
        float[] x = {0.1f, -0.4f, 1.2f, 0.3f, 0.2f, -1f};
        float[] out = net.forward(x, 2);
        float[] d = new float[4];
        double loss = new SoftmaxCrossEntropy().evaluate(out, 2, 2, new int[] {0, 1}, null, d);
        net.backward(d, 2);
        assertTrue(Double.isFinite(loss));
        for (Parameter p : net.parameters()) {
            for (float g : p.grad()) assertTrue(Float.isFinite(g), p.name());
        }
    }

    @Test
    void moreThanAHundredIsRefusedWithTheOptionNamed() {
        int[] hidden = new int[Network.MAX_HIDDEN_LAYERS + 1];
        Arrays.fill(hidden, 4);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Network(3, hidden, 2, DYN, Sharing.LAYER, 1));
        assertTrue(e.getMessage().contains("--hidden"), e.getMessage());
    }

    @Test
    void summaryCountsWeightsAndActivationParametersApart() {
        Network net = new Network(784, new int[] {256, 256}, 10, ActivationRegistry.create(ActivationSpec.of("bspline")),
                Sharing.NEURON, 0);
        assertEquals(784 * 256 + 256 + 256 * 256 + 256 + 256 * 10 + 10, net.weightParameterCount());
        assertEquals(2 * 256 * 21, net.activationParameterCount());
        assertEquals("784-256-256-10 MLP: 269,322 weights + 10,752 activation parameters", net.summary());
    }
}
