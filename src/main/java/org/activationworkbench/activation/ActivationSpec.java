package org.activationworkbench.activation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A family name, the values of its options and an optional --init-fit: what a config stores, and what
 * {@link ActivationRegistry#create} turns into an {@link Activation}. For a registered family the options are
 * checked and completed with the family's defaults as the spec is made, so two specs of the same activation are
 * equal however they were written. (A spec of an unknown family keeps what it was given; creating it says which
 * families exist.)
 *
 * @param family  family name ("bspline")
 * @param options option name (without dashes) → value, in the family's declaration order
 * @param initFit a fixed baseline the family starts as a least-squares fit to, or null
 */
public record ActivationSpec(String family, Map<String, Object> options, String initFit) {

    public ActivationSpec {
        options = Collections.unmodifiableMap(new LinkedHashMap<>(
                ActivationRegistry.completeOptions(family, options == null ? Map.of() : options)));
    }

    public static ActivationSpec of(String family) {
        return new ActivationSpec(family, Map.of(), null);
    }

    /** This spec with one option set (checked when the family is known). */
    public ActivationSpec with(String option, Object value) {
        Map<String, Object> m = new LinkedHashMap<>(options);
        m.put(option, value);
        return new ActivationSpec(family, m, initFit);
    }

    public ActivationSpec withInitFit(String baseline) {
        return new ActivationSpec(family, options, baseline);
    }

    /**
     * Reads config.json and model.json, including files written before options became data, which kept each
     * option as a field of its own ("degree", "knots", "range", "base", "init").
     */
    @JsonCreator
    static ActivationSpec fromJson(@JsonProperty("family") String family,
                                   @JsonProperty("options") Map<String, Object> options,
                                   @JsonProperty("initFit") String initFit,
                                   @JsonProperty("degree") Integer degree, @JsonProperty("knots") Integer knots,
                                   @JsonProperty("range") double[] range, @JsonProperty("base") String base,
                                   @JsonProperty("init") String init) {
        Map<String, Object> all = new LinkedHashMap<>();
        if (degree != null) all.put("degree", degree);
        if (knots != null) all.put("knots", knots);
        if (range != null) all.put("range", range);
        if (base != null) all.put("base", base);
        if (init != null) all.put("init", init);
        if (options != null) all.putAll(options);
        return new ActivationSpec(family, all, initFit);
    }

    /** "--knots 21 --range -3,3 --init relu": the options in command-line spelling (run.json, plot metadata). */
    public String optionsText() {
        StringBuilder sb = new StringBuilder();
        ActivationRegistry.findInfo(family).ifPresent(info -> {
            for (org.activationworkbench.core.Option o : info.options()) {
                if (!options.containsKey(o.name())) continue;
                if (sb.length() > 0) sb.append(' ');
                sb.append(o.flag()).append(' ').append(o.format(options.get(o.name())));
            }
        });
        if (initFit != null) sb.append(sb.length() > 0 ? " " : "").append("--init-fit ").append(initFit);
        return sb.toString();
    }
}
