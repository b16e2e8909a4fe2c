package org.activationworkbench.activation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Option errors are shown verbatim after "error: ": they must name the option and what it accepts. */
class FamilyOptionsTest {

    private static String error(java.util.function.Supplier<ActivationSpec> spec) {
        return assertThrows(IllegalArgumentException.class, () -> ActivationRegistry.create(spec.get())).getMessage();
    }

    @Test
    void optionsOfOtherFamiliesAreRejected() {
        assertEquals("option --knots does not apply to family dyn",
                error(() -> ActivationSpec.of("dyn").with("knots", 21)));
        assertEquals("option --degree does not apply to family bspline",
                error(() -> ActivationSpec.of("bspline").with("degree", 3)));
        assertEquals("option --base does not apply to family tropical",
                error(() -> ActivationSpec.of("tropical").with("base", "relu")));
        assertEquals("option --init does not apply to family prelu",
                error(() -> ActivationSpec.of("prelu").with("init", "relu")));
        assertEquals("option --range does not apply to family relu",
                error(() -> ActivationSpec.of("relu").with("range", java.util.Arrays.stream(new double[] {-1, 1}).boxed().toList())));
    }

    @Test
    void badValuesSayWhatIsAllowed() {
        assertEquals("option --knots must be between 2 and 1000, got 1",
                error(() -> ActivationSpec.of("bspline").with("knots", 1)));
        assertEquals("option --range must be two finite numbers lo,hi with lo < hi, got 3,-3",
                error(() -> ActivationSpec.of("bspline").with("range", java.util.Arrays.stream(new double[] {3, -3}).boxed().toList())));
        assertEquals("option --range must be two finite numbers lo,hi with lo < hi, got 1,1",
                error(() -> ActivationSpec.of("bspline").with("range", java.util.Arrays.stream(new double[] {1, 1}).boxed().toList())));
        assertEquals("option --init must be one of relu, leaky_relu, identity, tanh, gelu, silu, got 'mish'",
                error(() -> ActivationSpec.of("bspline").with("init", "mish")));
        assertEquals("option --base must be one of relu, mish, gelu, silu, tanh, leaky_relu, elu, got 'swish'",
                error(() -> ActivationSpec.of("dyn").with("base", "swish")));
        assertEquals("option --degree for family tropical must be between 1 and 50, got 0",
                error(() -> ActivationSpec.of("tropical").with("degree", 0)));
    }

    @Test
    void goodValuesAreAccepted() {
        Activation a = ActivationRegistry.create(
                ActivationSpec.of("bspline").with("knots", 2).with("range", java.util.Arrays.stream(new double[] {-0.5, 1.5}).boxed().toList()).with("init", "GELU"));
        assertEquals("bspline (2 knots on [-0.5, 1.5], init gelu)", a.displayName());
        assertEquals("tropical (degree 1)",
                ActivationRegistry.create(ActivationSpec.of("tropical").with("degree", 1)).displayName());
        assertEquals("dyn (base mish)",
                ActivationRegistry.create(ActivationSpec.of("dyn").with("base", "mish")).displayName());
    }
}
