package org.activationworkbench.activation;

import java.util.List;
import java.util.Map;

/** The options of one family with every value checked and defaults filled in: what a family's factory reads. */
public record FamilyValues(String family, Map<String, Object> values) {

    public int integer(String name) {
        return (Integer) get(name);
    }

    public double real(String name) {
        return ((Number) get(name)).doubleValue();
    }

    public String choice(String name) {
        return (String) get(name);
    }

    public boolean flag(String name) {
        return (Boolean) get(name);
    }

    /** A lo,hi range as {lo, hi}. */
    public double[] range(String name) {
        List<?> r = (List<?>) get(name);
        return new double[] {((Number) r.get(0)).doubleValue(), ((Number) r.get(1)).doubleValue()};
    }

    /** A fixed baseline named by a choice option. */
    public Baseline baseline(String name) {
        return Baseline.byLabel(choice(name));
    }

    private Object get(String name) {
        Object v = values.get(name);
        if (v == null) throw new IllegalStateException("family " + family + " declares no option " + name);
        return v;
    }
}
