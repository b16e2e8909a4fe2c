package org.activationworkbench.plot;

import java.util.Map;

/** Display names: parameter names spelled as the papers write them ("alpha" → "α"). */
final class Symbols {

    private static final Map<String, String> GREEK = Map.ofEntries(
            Map.entry("alpha", "α"), Map.entry("beta", "β"), Map.entry("gamma", "γ"), Map.entry("delta", "δ"),
            Map.entry("epsilon", "ε"), Map.entry("lambda", "λ"), Map.entry("mu", "μ"), Map.entry("sigma", "σ"),
            Map.entry("omega", "ω"), Map.entry("phi", "φ"), Map.entry("theta", "θ"), Map.entry("tau", "τ"));

    private Symbols() {
    }

    static String pretty(String name) {
        return GREEK.getOrDefault(name.toLowerCase(java.util.Locale.ROOT), name);
    }
}
