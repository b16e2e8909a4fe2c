package org.activationworkbench.ui.panels;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.activationworkbench.activation.ActivationSpec;
import org.junit.jupiter.api.Test;

/** The form's formula follows the chosen torchortho parameterisation. */
class FamilyFormulasTest {

    @Test
    void formulaNamesTheParameterisationInUse() {
        assertTrue(FamilyFormulas.of(ActivationSpec.of("tropical")).startsWith("f(x) = (√2 / n)"));
        String v011 = FamilyFormulas.of(ActivationSpec.of("tropical").with("torchortho", "0.1.1"));
        assertTrue(v011.startsWith("f(x) = maxₖ") && v011.contains("torchortho 0.1.1"), v011);
        assertTrue(FamilyFormulas.of(ActivationSpec.of("hermite").with("torchortho", "0.1.1")).contains("/ √k!"));
        assertFalse(FamilyFormulas.of(ActivationSpec.of("fourier").with("torchortho", "0.1.1")).contains("/ k!)\n"));
        assertTrue(FamilyFormulas.of(ActivationSpec.of("fourier")).contains("/ k!"));
    }
}
