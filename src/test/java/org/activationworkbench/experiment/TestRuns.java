package org.activationworkbench.experiment;

import org.activationworkbench.activation.ActivationSpec;
import org.activationworkbench.activation.Sharing;
import org.activationworkbench.data.DataOptions;
import org.activationworkbench.train.TrainingOptions;

/** Small, fast experiment configs for tests. */
public final class TestRuns {

    private TestRuns() {
    }

    public static ExperimentConfig config(String dataset, String family, Sharing sharing, int epochs, String optimizer,
                                          long seed) {
        TrainingOptions t = new TrainingOptions(epochs, 32, 0.01, 0.01, optimizer, 0.9, false, 0, 0, 0, seed);
        return new ExperimentConfig(dataset, DataOptions.defaults().withSamples(300), ActivationSpec.of(family),
                sharing, new int[] {8, 6}, t);
    }

    public static ExperimentConfig spiral(String family, int epochs) {
        return config("spiral", family, null, epochs, "adam", 0);
    }
}
