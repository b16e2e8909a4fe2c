package org.activationworkbench.ui.panels;

import java.util.Map;
import org.activationworkbench.activation.ActivationRegistry;
import org.activationworkbench.activation.ActivationSpec;
import org.activationworkbench.activation.Torchortho;

/** Each family's definition in readable math (from shared/spec/families.md), for the experiment panel. */
final class FamilyFormulas {

    private static final Map<String, String> FORMULAS = Map.of(
            "prelu", "f(x) = max(0, x) + a · min(0, x)",
            "dyn", "f(x) = B(x) · (α − β) + β · x\nα = 1, β = 0 is the base B; α = β is a line",
            "bspline", "f(x) = cᵢ · (1 − u) + cᵢ₊₁ · u\nK control points cⱼ on a uniform grid over [lo, hi]",
            "hermite", "f(x) = Σₖ aₖ · Heₖ(x) / k!\nHeₖ: probabilists' Hermite polynomials",
            "fourier", "f(x) = a₀ + Σₖ cₖ · cos(ωₖ x − φₖ) / k!",
            "tropical", "f(x) = (√2 / n) · maxₖ (k · x + cₖ)\nthe upper envelope of n + 1 lines",
            "slaf", "f(x) = Σₖ aₖ · xᵏ\nstarts as the identity",
            "rational", "f(x) = P(x) / Q(x)\nP = Σⱼ₌₀⁵ aⱼ xʲ,  Q = 1 + Σₖ₌₁⁴ |bₖ| · |x|ᵏ");

    /** The torchortho 0.1.1 parameterisation (--torchortho 0.1.1) where it differs. */
    private static final Map<String, String> TORCHORTHO_011 = Map.of(
            "hermite", "f(x) = Σₖ aₖ · Heₖ(x) / √k!\ntorchortho 0.1.1 (√k!, not k!)\nHeₖ: probabilists' Hermite polynomials",
            "fourier", "f(x) = a₀ + Σₖ cₖ · cos(ωₖ x − φₖ)\ntorchortho 0.1.1 (no 1 / k!)",
            "tropical", "f(x) = maxₖ (k · x + cₖ)\ntorchortho 0.1.1 (no √2 / n gain)\nthe upper envelope of n + 1 lines");

    private FamilyFormulas() {
    }

    static String of(ActivationSpec spec) {
        String family = spec.family();
        String f = Torchortho.V0_1_1.label().equals(spec.options().get("torchortho")) ? TORCHORTHO_011.get(family) : FORMULAS.get(family);
        if (f != null) return f;
        String description = ActivationRegistry.info(family).description();
        return description.startsWith("fixed: ") ? description.substring(7) + "\n(fixed, no parameters)" : description;
    }
}
