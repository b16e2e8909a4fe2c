package org.activationworkbench.train;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.activationworkbench.activation.ActivationSpec;
import org.activationworkbench.data.DataOptions;
import org.activationworkbench.data.DatasetRegistry;
import org.activationworkbench.experiment.Experiment;
import org.activationworkbench.experiment.ExperimentConfig;
import org.activationworkbench.experiment.RunResult;
import org.activationworkbench.nn.Architecture;
import org.junit.jupiter.api.Test;

/**
 * Depth with pre-LayerNorm residual blocks: a Hermite network of 50 blocks, which as a plain MLP overflows before
 * its first step (docs/studies/variance), learns the digits.
 */
class ResidualLearningTest {

    @Test
    void fiftyPreLayerNormHermiteBlocksLearnDigits() {
        java.util.List<Integer> hidden = java.util.Collections.nCopies(50, 64);
        TrainingOptions opts = TrainingOptions.defaults().withEpochs(20).withBatch(32).withRates(1e-3, 1e-3).withSeed(0);
        ExperimentConfig cfg = new ExperimentConfig("digits", DataOptions.defaults(), ActivationSpec.of("hermite"), null,
                hidden, opts, null, null);
        Experiment e = new Experiment(cfg, new DatasetRegistry().load("digits", DataOptions.defaults()),
                new Architecture(Architecture.Block.RESIDUAL, Architecture.Norm.LAYER));
        RunResult r = e.run(null);
        assertFalse(r.diverged(), String.valueOf(r.divergence()));
        assertTrue(r.last().testAccuracy() >= 0.95, "50 residual hermite blocks reached " + r.last().testAccuracy());
    }
}
