package org.activationworkbench.activation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Option errors are shown verbatim after "error: ": they must name the option and what it accepts. */
class FamilyOptionsTest {

    private static String error(ActivationSpec spec) {
        return assertThrows(IllegalArgumentException.class, () -> ActivationRegistry.create(spec)).getMessage();
    }

    @Test
    void optionsOfOtherFamiliesAreRejected() {
        assertEquals("option --knots does not apply to family dyn",
                error(new ActivationSpec("dyn", null, 21, null, null, null, null)));
        assertEquals("option --degree does not apply to family bspline",
                error(new ActivationSpec("bspline", 3, null, null, null, null, null)));
        assertEquals("option --base does not apply to family tropical",
                error(new ActivationSpec("tropical", null, null, null, "relu", null, null)));
        assertEquals("option --init does not apply to family prelu",
                error(new ActivationSpec("prelu", null, null, null, null, "relu", null)));
        assertEquals("option --range does not apply to family relu",
                error(new ActivationSpec("relu", null, null, new double[] {-1, 1}, null, null, null)));
    }

    @Test
    void badValuesSayWhatIsAllowed() {
        assertEquals("option --knots must be at least 2, got 1",
                error(new ActivationSpec("bspline", null, 1, null, null, null, null)));
        assertEquals("option --range must be two finite numbers lo,hi with lo < hi, got 3,-3",
                error(new ActivationSpec("bspline", null, null, new double[] {3, -3}, null, null, null)));
        assertEquals("option --range must be two finite numbers lo,hi with lo < hi, got 1,1",
                error(new ActivationSpec("bspline", null, null, new double[] {1, 1}, null, null, null)));
        assertEquals("option --init must be one of relu, leaky_relu, identity, tanh, gelu, silu, got 'mish'",
                error(new ActivationSpec("bspline", null, null, null, null, "mish", null)));
        assertEquals("option --base must be one of relu, mish, gelu, silu, tanh, leaky_relu, elu, got 'swish'",
                error(new ActivationSpec("dyn", null, null, null, "swish", null, null)));
        assertEquals("option --degree must be at least 1, got 0",
                error(new ActivationSpec("tropical", 0, null, null, null, null, null)));
    }

    @Test
    void goodValuesAreAccepted() {
        Activation a = ActivationRegistry.create(
                new ActivationSpec("bspline", null, 2, new double[] {-0.5, 1.5}, null, "GELU", null));
        assertEquals("bspline (2 knots on [-0.5, 1.5], init gelu)", a.displayName());
        assertEquals("tropical (degree 1)",
                ActivationRegistry.create(new ActivationSpec("tropical", 1, null, null, null, null, null)).displayName());
        assertEquals("dyn (base mish)",
                ActivationRegistry.create(new ActivationSpec("dyn", null, null, null, "mish", null, null)).displayName());
    }
}
