package org.activationworkbench.train;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import org.activationworkbench.activation.ActivationSpec;
import org.activationworkbench.data.DataOptions;
import org.activationworkbench.experiment.Experiment;
import org.activationworkbench.experiment.ExperimentConfig;
import org.activationworkbench.experiment.RunResult;
import org.activationworkbench.nn.Architecture;
import org.junit.jupiter.api.Test;

/**
 * Depth with pre-LayerNorm residual blocks: a deep Hermite network learns where the plain network of the same depth
 * fails (its activations' polynomials blow up through the layers). The full claim, 50 blocks on digits to ≥ 95 %,
 * is a measurement (README, "Deep residual networks"), too slow for a test.
 */
class ResidualLearningTest {

    private static final int DEPTH = 40;

    private static RunResult run(Architecture architecture) {
        TrainingOptions opts = TrainingOptions.defaults().withEpochs(8).withBatch(32).withRates(1e-3, 1e-3).withSeed(1);
        ExperimentConfig cfg = new ExperimentConfig("moons", DataOptions.defaults().withSamples(400).withSeed(1),
                ActivationSpec.of("hermite"), null, Collections.nCopies(DEPTH, 16), opts, null, null)
                .withArchitecture(architecture);
        return new Experiment(cfg).run(null);
    }

    @Test
    void deepResidualHermiteLearnsWherePlainFails() {
        RunResult residual = run(new Architecture(Architecture.Block.RESIDUAL, Architecture.Norm.LAYER));
        assertFalse(residual.diverged(), String.valueOf(residual.divergence()));
        assertTrue(residual.last().testAccuracy() >= 0.95,
                DEPTH + " residual hermite blocks reached " + residual.last().testAccuracy());
        RunResult plain = run(Architecture.PLAIN);
        assertTrue(plain.diverged() || plain.last().testAccuracy() < 0.7,
                "the plain " + DEPTH + "-layer hermite network learned too (" + plain.last().testAccuracy()
                        + "), so this test shows nothing");
    }
}
