package org.activationworkbench.activation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The kernels' polynomial sin/cos against Math over every quadrant, negative arguments included. */
class FastTrigTest {

    @Test
    void matchesMathFarInsideFloatPrecision() {
        SplittableRandom rnd = new SplittableRandom(1);
        for (int i = 0; i < 100_000; i++) {
            double z = (rnd.nextDouble() * 2 - 1) * (i % 2 == 0 ? 10 : 200);
            assertEquals(Math.cos(z), FastTrig.cos(z), 1e-10, "cos " + z);
            assertEquals(Math.sin(z), FastTrig.sin(z), 1e-10, "sin " + z);
        }
        assertEquals(1, FastTrig.cos(0), 0);
        assertEquals(0, FastTrig.sin(0), 0);
    }
}
