package org.activationworkbench.activation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Activation surgery's patch: replaced vectors compute their formula exactly, forward and backward (against finite
 * differences), get no parameter gradient (frozen), and the units left alone compute the learned family as before.
 */
class FormulaPatchTest {

    static final ClosedForm TANH_PLUS_SIN = new ClosedForm(List.of(new ClosedForm.Term("tanh", 1.2, 0.9, 0.1),
            new ClosedForm.Term("sin", 0.3, 2.0, -0.5)), -0.05);
    static final ClosedForm CUBE = new ClosedForm(List.of(new ClosedForm.Term("x3", 0.1, 1, 0.2)), 0.4);
    static final ClosedForm GELU = new ClosedForm(List.of(new ClosedForm.Term("gelu", 1.1, 1.3, 0)), 0);

    static Stream<String> families() {
        return ActivationRegistry.learnable().stream().map(FamilyInfo::name);
    }

    /** Units 0 and 2 of five replaced (neuron sharing), the rest learned; and a layer-shared layer replaced whole. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("families")
    void kernelsMatchTheFormulaAndTheBaseAndGradientsMatchFiniteDifferences(String family) {
        Activation base = ActivationRegistry.create(ActivationSpec.of(family));
        Activation some = new FormulaPatch(base, Arrays.asList(TANH_PLUS_SIN, null, CUBE, null, null));
        ActivationChecks.checkKernels(some, Sharing.NEURON);
        ActivationChecks.checkReferenceGradients(some, ActivationChecks.perturbedParameters(base, 5));
        Activation whole = new FormulaPatch(base, List.of(GELU));
        ActivationChecks.checkKernels(whole, Sharing.LAYER);
        ActivationChecks.checkReferenceGradients(whole, ActivationChecks.perturbedParameters(base, 5));
    }

    @Test
    void replacedUnitsComputeTheirFormulaAndTheOthersTheLearnedFunction() {
        Activation base = ActivationRegistry.create(ActivationSpec.of("bspline"));
        int n = base.parameterCount();
        double[] p = new double[3 * n];
        for (int v = 0; v < 3; v++) System.arraycopy(ActivationChecks.perturbedParameters(base, v), 0, p, v * n, n);
        FormulaPatch patch = new FormulaPatch(base, Arrays.asList(null, TANH_PLUS_SIN, null));
        float[] z = {-2.5f, 0.3f, 1.7f, 0.9f, -0.4f, 3.5f};
        float[] y = new float[6];
        float[] learned = new float[6];
        patch.forward(z, y, 2, 3, p, Sharing.NEURON);
        base.forward(z, learned, 2, 3, p, Sharing.NEURON);
        for (int r = 0; r < 2; r++) {
            assertEquals(learned[r * 3], y[r * 3]);
            assertEquals(learned[r * 3 + 2], y[r * 3 + 2]);
            assertEquals(TANH_PLUS_SIN.value(z[r * 3 + 1]), y[r * 3 + 1], 1e-6);
        }
        // backward with dz aliasing dy, as the network calls it; the frozen unit's dp stays as it was
        float[] dy = {0.5f, -1f, 2f, 1f, 0.25f, -0.5f};
        float[] expected = new float[6];
        double[] baseDp = new double[p.length];
        base.backward(z, dy.clone(), expected, baseDp, 2, 3, p, Sharing.NEURON);
        double[] dp = new double[p.length];
        Arrays.fill(dp, n, 2 * n, 7.0);
        patch.backward(z, dy, dy, dp, 2, 3, p, Sharing.NEURON);
        for (int r = 0; r < 2; r++) {
            assertEquals(expected[r * 3], dy[r * 3]);
            assertEquals(expected[r * 3 + 2], dy[r * 3 + 2]);
        }
        assertEquals(-1f * (float) TANH_PLUS_SIN.derivative(0.3f), dy[1], 1e-6);
        assertArrayEquals(Arrays.copyOfRange(baseDp, 0, n), Arrays.copyOfRange(dp, 0, n));
        double[] sevens = new double[n];
        Arrays.fill(sevens, 7.0);
        assertArrayEquals(sevens, Arrays.copyOfRange(dp, n, 2 * n), "the replaced unit's parameters are frozen");
        assertArrayEquals(Arrays.copyOfRange(baseDp, 2 * n, 3 * n), Arrays.copyOfRange(dp, 2 * n, 3 * n));
    }

    @Test
    void aPatchOfAPatchReplacesTheLearnedBaseAndTheTorchExpressionIsPlain() {
        Activation base = ActivationRegistry.create(ActivationSpec.of("dyn"));
        FormulaPatch first = new FormulaPatch(base, List.of(CUBE));
        FormulaPatch second = new FormulaPatch(first, List.of(GELU));
        assertEquals(base, second.base());
        assertEquals("dyn", second.family());
        assertEquals("(0.1)*((1.0)*x + (0.2))**3 + (0.4)", CUBE.torch("x")); // ** binds tighter than *
    }

    @Test
    void badFormulasAreRefusedInWords() {
        Activation base = ActivationRegistry.create(ActivationSpec.of("dyn"));
        List<ClosedForm> none = new ArrayList<>();
        none.add(null);
        assertThrows(IllegalArgumentException.class, () -> new FormulaPatch(base, none));
        assertThrows(IllegalArgumentException.class,
                () -> new FormulaPatch(ActivationRegistry.create(ActivationSpec.of("relu")), List.of(CUBE)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ClosedForm.Term("wobble", 1, 1, 0));
        assertEquals(true, e.getMessage().contains("wobble"));
        assertThrows(IllegalArgumentException.class, () -> new ClosedForm.Term("tanh", Double.NaN, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> new ClosedForm(List.of(), 0));
    }
}
