package org.activationworkbench.activation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Registry entries and option validation for hermite, fourier, slaf and rational. */
class PolynomialOptionsTest {

    private static String error(java.util.function.Supplier<ActivationSpec> spec) {
        return assertThrows(IllegalArgumentException.class, () -> ActivationRegistry.create(spec.get())).getMessage();
    }

    private static ActivationSpec degree(String family, int d) {
        return ActivationSpec.of(family).with("degree", d);
    }

    @Test
    void registeredInOrderWithTheirListing() {
        List<String> names = ActivationRegistry.all().stream().map(FamilyInfo::name).toList();
        int h = names.indexOf("hermite");
        assertEquals(List.of("hermite", "fourier", "slaf", "rational"), names.subList(h, h + 4));
        assertEquals("--degree 3 --torchortho 0.1.2", ActivationRegistry.info("hermite").defaultOptions());
        assertEquals("--degree 5 --torchortho 0.1.2", ActivationRegistry.info("fourier").defaultOptions());
        assertEquals("3n + 1 (16)", ActivationRegistry.info("fourier").parameterCountFormula());
        assertEquals("d + 1 (4)", ActivationRegistry.info("slaf").parameterCountFormula());
        assertEquals("10", ActivationRegistry.info("rational").parameterCountFormula());
        for (String n : List.of("hermite", "fourier", "slaf", "rational")) {
            FamilyInfo info = ActivationRegistry.info(n);
            assertEquals(true, info.learnable());
            Activation a = ActivationRegistry.create(ActivationSpec.of(n));
            assertEquals(n, a.family());
            assertEquals(Sharing.LAYER, a.defaultSharing());
            assertEquals(a.parameterCount(), a.parameterNames().size());
        }
    }

    @Test
    void defaultsAndDegrees() {
        assertEquals(4, ActivationRegistry.create(ActivationSpec.of("hermite")).parameterCount());
        assertEquals(16, ActivationRegistry.create(ActivationSpec.of("fourier")).parameterCount());
        assertEquals(4, ActivationRegistry.create(ActivationSpec.of("slaf")).parameterCount());
        assertEquals(10, ActivationRegistry.create(ActivationSpec.of("rational")).parameterCount());
        assertEquals(21, ActivationRegistry.create(degree("hermite", 20)).parameterCount());
        assertEquals(37, ActivationRegistry.create(degree("fourier", 12)).parameterCount());
        assertEquals(10, ActivationRegistry.create(degree("slaf", 9)).parameterCount());
    }

    @Test
    void optionsThatDoNotApply() {
        assertEquals("option --knots does not apply to family hermite",
                error(() -> ActivationSpec.of("hermite").with("knots", 21)));
        assertEquals("option --range does not apply to family fourier",
                error(() -> ActivationSpec.of("fourier").with("range", java.util.Arrays.stream(new double[] {-1, 1}).boxed().toList())));
        assertEquals("option --base does not apply to family slaf",
                error(() -> ActivationSpec.of("slaf").with("base", "relu")));
        assertEquals("option --init does not apply to family hermite",
                error(() -> ActivationSpec.of("hermite").with("init", "relu")));
        assertEquals("option --degree does not apply to family rational", error(() -> degree("rational", 3)));
    }

    @Test
    void degreeOutOfRange() {
        assertEquals("option --degree for family hermite must be between 1 and 20, got 0", error(() -> degree("hermite", 0)));
        assertEquals("option --degree for family hermite must be between 1 and 20, got 21", error(() -> degree("hermite", 21)));
        assertEquals("option --degree for family fourier must be between 1 and 12, got 13", error(() -> degree("fourier", 13)));
        assertEquals("option --degree for family slaf must be between 1 and 9, got -2", error(() -> degree("slaf", -2)));
        assertEquals("option --degree for family slaf must be between 1 and 9, got 10", error(() -> degree("slaf", 10)));
    }
}
