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
        TrainingOptions t = TrainingOptions.defaults().withEpochs(epochs).withBatch(32).withRates(0.01, 0.01).withOptimizer(org.activationworkbench.train.OptimizerType.parse(optimizer)).withSeed(seed);
        return new ExperimentConfig(dataset, DataOptions.defaults().withSamples(300), ActivationSpec.of(family), sharing, java.util.List.of(8, 6), t, null, null);
    }

    public static ExperimentConfig spiral(String family, int epochs) {
        return config("spiral", family, null, epochs, "adam", 0);
    }
}
