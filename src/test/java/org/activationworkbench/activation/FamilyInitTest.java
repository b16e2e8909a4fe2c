package org.activationworkbench.activation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Each family at its init against the numbers of shared/spec/families.md. */
class FamilyInitTest {

    private static Activation create(String family) {
        return ActivationRegistry.create(ActivationSpec.of(family));
    }

    @Test
    void registryListsTheFamiliesInOrder() {
        List<String> names = ActivationRegistry.all().stream().map(FamilyInfo::name).toList();
        assertEquals(List.of("identity", "relu", "leaky_relu", "elu", "tanh", "sigmoid", "softplus", "gelu", "silu",
                "mish", "prelu", "dyn", "bspline", "tropical"), names.subList(0, 14));
        for (FamilyInfo f : ActivationRegistry.all().subList(0, 14)) {
            Activation a = ActivationRegistry.create(ActivationSpec.of(f.name()));
            assertEquals(f.name(), a.family());
            assertEquals(f.learnable(), a.learnable());
            assertFalse(f.description().isBlank());
        }
        assertEquals("--knots 21 --range -3,3 --init relu --grid fixed", ActivationRegistry.info("bspline").defaultOptions());
        assertEquals("K per vector (21)", ActivationRegistry.info("bspline").parameterCountFormula());
    }

    @Test
    void bsplineDefaultIsReluOnAndBetweenKnots() {
        BSplineActivation a = (BSplineActivation) create("bspline");
        double[] c = a.initialParameters();
        assertEquals(21, c.length);
        for (int j = 0; j < 21; j++) {
            assertEquals(Math.max(0, -3 + 0.3 * j), c[j], 1e-15, "c_" + j);
            assertEquals(-3 + 0.3 * j, a.knot(j), 1e-15);
        }
        assertEquals(0.0, a.knot(10));
        for (double x = -5; x <= 5; x += 0.01) {
            assertEquals(Math.max(0, x), a.value(x, c, 0), 1e-12, "f(" + x + ")");
        }
        assertEquals(0.0, a.derivative(-0.5, c, 0));
        assertEquals(1.0, a.derivative(0.5, c, 0), 1e-12);
        assertEquals(Sharing.NEURON, a.defaultSharing());
        assertArrayEquals(new double[] {-3, 3}, a.workingRange());
        assertTrue(a.linearInParameters());
        assertEquals(WeightInit.HE, a.weightInit());
        assertEquals("bspline (21 knots on [-3, 3], init relu)", a.displayName());
    }

    @Test
    void bsplineExtrapolatesWithTheEndSlopes() {
        BSplineActivation a = new BSplineActivation(5, -2, 2, Baseline.IDENTITY);
        double[] c = {1, 2, 0, 4, 3}; // h = 1
        assertEquals(1 + (-3 - -2) * (2 - 1), a.value(-3, c, 0), 1e-15);
        assertEquals(3 + (2.5 - 2) * (3 - 4), a.value(2.5, c, 0), 1e-15);
        double[] g = new double[5];
        a.parameterGradient(-3, c, 0, g, 0);
        assertArrayEquals(new double[] {2, -1, 0, 0, 0}, g, 1e-15);
        a.parameterGradient(2.5, c, 0, g, 0);
        assertArrayEquals(new double[] {0, 0, 0, -0.5, 1.5}, g, 1e-15);
    }

    @Test
    void bsplineInitOptionSamplesTheBaseline() {
        Activation a = ActivationRegistry.create(
                ActivationSpec.of("bspline").with("knots", 11).with("range", java.util.Arrays.stream(new double[] {-2, 2}).boxed().toList()).with("init", "tanh"));
        double[] c = a.initialParameters();
        for (int j = 0; j < 11; j++) assertEquals(Math.tanh(-2 + 0.4 * j), c[j], 1e-15);
        assertEquals(WeightInit.LECUN, a.weightInit());
    }

    @Test
    void dynAtInitIsItsBase() {
        for (Baseline base : DynActivation.INFO.option("base").orElseThrow().choices().stream().map(Baseline::byLabel).toList()) {
            Activation a = ActivationRegistry.create(
                    ActivationSpec.of("dyn").with("base", base.label()));
            double[] p = a.initialParameters();
            assertArrayEquals(new double[] {1, 0}, p);
            for (double x = -4; x <= 4; x += 0.25) {
                assertEquals(base.value(x), a.value(x, p, 0), 1e-15, base + " at " + x);
                assertEquals(base.derivative(x), a.derivative(x, p, 0), 1e-15, base + "' at " + x);
            }
        }
        assertEquals("dyn (base relu)", create("dyn").displayName());
    }

    @Test
    void tropicalAtInitIsScaledReluPlusOffset() {
        Activation a = create("tropical");
        double[] p = a.initialParameters();
        assertArrayEquals(new double[] {1, 1, 1, 1, 1, 1}, p);
        for (double x = -4; x <= 4; x += 0.125) {
            assertEquals(Math.sqrt(2) * Math.max(0, x) + Math.sqrt(2) / 5, a.value(x, p, 0), 1e-14, "f(" + x + ")");
        }
        // at x = 0 every line ties at c_k = 1: the lowest k wins, so f'(0) = 0
        assertEquals(0.0, a.derivative(0, p, 0));
        double[] g = new double[6];
        a.parameterGradient(0, p, 0, g, 0);
        assertArrayEquals(new double[] {Math.sqrt(2) / 5, 0, 0, 0, 0, 0}, g, 1e-15);
        assertEquals(Math.sqrt(2), a.derivative(0.1, p, 0), 1e-15);
        assertFalse(a.linearInParameters());
        assertEquals(WeightInit.LECUN, a.weightInit());
    }

    @Test
    void tropicalKernelsBreakTiesLikeTheReference() {
        Activation a = create("tropical");
        double[] p = a.initialParameters();
        float[] z = {0f, 0f};
        float[] dy = {1f, 1f};
        float[] dz = new float[2];
        double[] dp = new double[6];
        a.backward(z, dy, dz, dp, 1, 2, p, Sharing.LAYER);
        assertEquals(0f, dz[0]);
        assertArrayEquals(new double[] {2 * Math.sqrt(2) / 5, 0, 0, 0, 0, 0}, dp, 1e-7);
    }

    @Test
    void preluAtInit() {
        Activation a = create("prelu");
        double[] p = a.initialParameters();
        assertArrayEquals(new double[] {0.25}, p);
        assertEquals(-0.5, a.value(-2, p, 0));
        assertEquals(3.0, a.value(3, p, 0));
        assertEquals(0.25, a.derivative(0, p, 0));
        assertEquals(1.0, a.derivative(1e-9, p, 0));
        assertEquals(Sharing.LAYER, a.defaultSharing());
    }

    @Test
    void fixedBaselinesIgnoreNullParameters() {
        for (Baseline b : Baseline.values()) {
            Activation a = create(b.label());
            assertEquals(0, a.parameterCount());
            assertEquals(b.value(0.7), a.value(0.7, null, 0));
            assertEquals(b.derivative(0.7), a.derivative(0.7, null, 0));
        }
    }
}
