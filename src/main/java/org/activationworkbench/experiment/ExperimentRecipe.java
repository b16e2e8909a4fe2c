package org.activationworkbench.experiment;

import java.util.LinkedHashMap;
import java.util.Map;
import org.activationworkbench.data.DataOptions;
import org.activationworkbench.data.Dataset;
import org.activationworkbench.data.DatasetRegistry;

/**
 * What a person asked for: a dataset and the options they gave by name (as on the command line: "family", "knots",
 * "lr", "hidden" …). Everything else comes from {@link Defaults} once the dataset is loaded.
 *
 * @param dataset registry name or path
 * @param given   option name → value (checked when the config is made)
 */
public record ExperimentRecipe(String dataset, Map<String, Object> given) {

    public ExperimentRecipe {
        given = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(given));
    }

    public static ExperimentRecipe of(String dataset, String family) {
        return new ExperimentRecipe(dataset, Map.of("family", family));
    }

    /** This recipe with one more option given. */
    public ExperimentRecipe with(String option, Object value) {
        Map<String, Object> m = new LinkedHashMap<>(given);
        m.put(option, value);
        return new ExperimentRecipe(dataset, m);
    }

    /**
     * Checks what can be checked before the data is loaded: the family exists and takes the given family options
     * with values it accepts, and the data options are sound. Throws with a message naming the option.
     */
    public void checkOptions() {
        Object family = given.get("family");
        if (!(family instanceof String f)) throw new IllegalArgumentException("an experiment needs a family (--family)");
        Defaults.activation(f, given);
        dataOptions();
    }

    public DataOptions dataOptions() {
        return Defaults.dataOptions(given);
    }

    /** Loads the dataset (slow for big files; not on the FX thread). */
    public Dataset loadData() {
        return new DatasetRegistry().load(dataset, dataOptions());
    }

    /** The full config on the loaded dataset. */
    public ExperimentConfig config(Dataset data) {
        return Defaults.config(dataset, data, given);
    }
}
