package org.activationworkbench.train;

import java.util.Map;

/**
 * What a procedure has to say when training ends (e.g. how many knots TV2 pruning left).
 *
 * @param summary one line for stdout, or null when there is nothing to say
 * @param details the same facts for run.json (name → number or text)
 */
public record ProcedureReport(String summary, Map<String, Object> details) {

    public static final ProcedureReport NONE = new ProcedureReport(null, Map.of());

    public ProcedureReport {
        details = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(details)); // keeps the order
    }
}
