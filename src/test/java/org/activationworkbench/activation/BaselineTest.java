package org.activationworkbench.activation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BaselineTest {

    @Test
    void erfMatchesReferenceValuesToDoublePrecision() {
        // reference values from C's libm erf/erfc
        double[][] erf = {{0.1, 0.1124629160182849}, {0.3, 0.3286267594591274}, {0.46875, 0.49261347321793797},
            {0.5, 0.5204998778130465}, {1, 0.8427007929497149}, {2, 0.9953222650189527},
            {3, 0.9999779095030014}, {4.5, 0.9999999998033839}, {6, 1.0}};
        for (double[] c : erf) {
            assertEquals(c[1], SpecialFunctions.erf(c[0]), 2e-16 * c[1], "erf(" + c[0] + ")");
            assertEquals(-c[1], SpecialFunctions.erf(-c[0]), 2e-16 * c[1], "erf(-" + c[0] + ")");
        }
        double[][] erfc = {{0.5, 0.4795001221869535}, {1, 0.15729920705028513}, {3, 2.2090496998585438e-05},
            {4.5, 1.9661604415428873e-10}, {5, 1.5374597944280351e-12}, {10, 2.088487583762545e-45},
            {20, 5.3958656116079005e-176}, {-1, 1.842700792949715}, {-3, 1.9999779095030015}};
        for (double[] c : erfc) {
            assertEquals(c[1], SpecialFunctions.erfc(c[0]), 1e-14 * c[1], "erfc(" + c[0] + ")");
        }
        assertEquals(0.0, SpecialFunctions.erf(0.0));
        assertEquals(0.0, SpecialFunctions.erfc(40.0));
        assertTrue(Double.isNaN(SpecialFunctions.erf(Double.NaN)));
    }

    @Test
    void floatErfIsFloatAccurateEverywhere() {
        for (double x = -6; x <= 6; x += 1e-4) {
            assertEquals(SpecialFunctions.erf(x), SpecialFunctions.erf((float) x), 5e-7, "erf(" + x + "f)");
        }
    }

    @Test
    void geluIsTheExactErfForm() {
        assertEquals(0.8413447460685429, Baseline.GELU.value(1.0), 2 * Math.ulp(0.84));
        assertEquals(-0.0040496940948902870, Baseline.GELU.value(-3.0), 1e-17);
        assertEquals(0.0, Baseline.GELU.value(0.0));
        // derivative: Φ(x) + x·φ(x)
        assertEquals(0.5, Baseline.GELU.derivative(0.0), 1e-16);
        assertEquals(0.8413447460685429 + 0.24197072451914337, Baseline.GELU.derivative(1.0), 1e-15);
    }

    @Test
    void kinksTakeTheLeftDerivative() {
        assertEquals(0.0, Baseline.RELU.derivative(0.0));
        assertEquals(0.01, Baseline.LEAKY_RELU.derivative(0.0));
        assertEquals(1.0, Baseline.RELU.derivative(1e-300));
        assertEquals(-0.01, Baseline.LEAKY_RELU.value(-1.0), 1e-18);
    }

    @Test
    void kernelsAgreeWithReferenceAtKinks() {
        for (Baseline b : new Baseline[] {Baseline.RELU, Baseline.LEAKY_RELU}) {
            FixedActivation a = new FixedActivation(b);
            float[] z = {0f, -0f};
            float[] dy = {1f, 1f};
            float[] dz = new float[2];
            a.backward(z, dy, dz, new double[0], 1, 2, null, Sharing.LAYER);
            assertEquals((float) b.derivative(0.0), dz[0]);
            assertEquals((float) b.derivative(0.0), dz[1]);
        }
    }

    @Test
    void softplusSigmoidAndFriendsAreStableInTheTails() {
        assertEquals(100.0, Baseline.SOFTPLUS.value(100), 1e-12);
        assertEquals(3.720075976020836e-44, Baseline.SOFTPLUS.value(-100), 1e-58);
        assertEquals(1.0, Baseline.SOFTPLUS.derivative(800));
        assertEquals(0.0, Baseline.SOFTPLUS.derivative(-800));
        assertEquals(Math.log(2), Baseline.SOFTPLUS.value(0), 1e-16);
        assertEquals(1.0, Baseline.SIGMOID.value(800));
        assertEquals(0.0, Baseline.SIGMOID.value(-800));
        assertEquals(0.0, Baseline.SILU.value(-800), 0.0);
        assertEquals(800.0, Baseline.MISH.value(800));
        for (Baseline b : Baseline.values()) {
            for (double x : new double[] {-1e4, -100, 100, 1e4}) {
                assertTrue(Double.isFinite(b.value(x)) && Double.isFinite(b.derivative(x)), b + " at " + x);
            }
        }
    }

    @Test
    void labelsAreTheSpecNames() {
        assertEquals("leaky_relu", Baseline.LEAKY_RELU.label());
        assertEquals(Baseline.GELU, Baseline.byLabel(" GELU "));
        assertEquals(null, Baseline.byLabel("swish"));
    }

    @Test
    void weightInitFollowsTheSpec() {
        assertEquals(WeightInit.HE, new FixedActivation(Baseline.RELU).weightInit());
        assertEquals(WeightInit.HE, new FixedActivation(Baseline.GELU).weightInit());
        assertEquals(WeightInit.LECUN, new FixedActivation(Baseline.TANH).weightInit());
        assertEquals(WeightInit.LECUN, new FixedActivation(Baseline.SIGMOID).weightInit());
    }
}
