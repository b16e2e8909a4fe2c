package org.activationworkbench.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SoftmaxCrossEntropyTest {

    @Test
    void gradientIsSoftmaxMinusOneHotOverRows() {
        float[] out = {1f, 2f, 3f};
        float[] d = new float[3];
        double loss = new SoftmaxCrossEntropy().evaluate(out, 1, 3, new int[] {2}, null, d);
        double z = Math.exp(1) + Math.exp(2) + Math.exp(3);
        assertEquals(Math.log(z) - 3, loss, 1e-6);
        assertEquals(Math.exp(1) / z, d[0], 1e-6);
        assertEquals(Math.exp(3) / z - 1, d[2], 1e-6);
    }

    @Test
    void vanishingProbabilitiesGiveExactZerosNotSubnormals() {
        float[] out = {0f, 95f, -5f};  // e^-95 ≈ 5.5e-42: subnormal as a float
        float[] d = new float[3];
        new SoftmaxCrossEntropy().evaluate(out, 1, 3, new int[] {1}, null, d);
        for (float g : d) assertTrue(g == 0f || Math.abs(g) >= Float.MIN_NORMAL, "subnormal gradient " + g);
        assertEquals(0f, d[0]);
    }
}
