package org.activationworkbench.activation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FloatMathTest {

    @Test
    void stepIsExactlyZeroOrOne() {
        assertEquals(0f, FloatMath.step(0f));
        assertEquals(0f, FloatMath.step(-0f));
        assertEquals(0f, FloatMath.step(-Float.MIN_VALUE));
        assertEquals(1f, FloatMath.step(Float.MIN_VALUE));
        assertEquals(1f, FloatMath.step(Float.MAX_VALUE));
        assertEquals(0f, FloatMath.step(Float.NEGATIVE_INFINITY));
        assertEquals(1f, FloatMath.step(1e-3f));
    }

    @Test
    void gaussianIsWithinItsBound() {
        for (double x = -12; x <= 12; x += 1e-4) {
            float xf = (float) x;
            assertEquals(Math.exp(-0.5 * xf * (double) xf), FloatMath.gaussian(xf), 1e-5, "exp(-x²/2) at " + xf);
        }
    }
}
