package org.activationworkbench.activation;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A family name plus the options a user gave for it (any may be null = the family's default).
 * This is what a config stores; {@link ActivationRegistry#create} turns it into an {@link Activation}.
 *
 * @param family  family name, as in shared/spec/families.md (e.g. "bspline")
 * @param degree  --degree (hermite, fourier, tropical, slaf)
 * @param knots   --knots (bspline)
 * @param range   --range lo,hi (bspline), two values
 * @param base    --base (dyn)
 * @param init    --init (bspline)
 * @param initFit --init-fit: a fixed baseline the family starts as a least-squares fit to
 */
public record ActivationSpec(String family, Integer degree, Integer knots, double[] range,
                             String base, String init, String initFit) {

    public static ActivationSpec of(String family) {
        return new ActivationSpec(family, null, null, null, null, null, null);
    }

    /** The options that were given, in CLI spelling, for run.json and plot metadata. */
    public Map<String, Object> givenOptions() {
        Map<String, Object> m = new LinkedHashMap<>();
        if (degree != null) m.put("degree", degree);
        if (knots != null) m.put("knots", knots);
        if (range != null) m.put("range", range[0] + "," + range[1]);
        if (base != null) m.put("base", base);
        if (init != null) m.put("init", init);
        if (initFit != null) m.put("init-fit", initFit);
        return m;
    }
}
