package org.activationworkbench.train;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.activationworkbench.activation.ActivationSpec;
import org.activationworkbench.data.DataOptions;
import org.activationworkbench.experiment.Experiment;
import org.activationworkbench.experiment.ExperimentConfig;
import org.activationworkbench.experiment.RunResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A small CNN (conv 8 → pool → dense 32) learns the 8×8 digits, in a few seconds. */
class CnnLearningTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"relu", "bspline"})
    void smallCnnLearnsDigits(String family) {
        TrainingOptions opts = TrainingOptions.defaults().withEpochs(6).withBatch(32).withRates(0.003, 0.003).withSeed(0);
        ExperimentConfig cfg = new ExperimentConfig("digits", DataOptions.defaults(), ActivationSpec.of(family), null, java.util.List.of(32), opts, java.util.List.of(8), null);
        long t0 = System.nanoTime();
        RunResult r = new Experiment(cfg).run(null);
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertTrue(r.last().testAccuracy() >= 0.90, family + " CNN reached " + r.last().testAccuracy() + " on digits");
        assertTrue(seconds < 10, family + " CNN took " + seconds + " s");
    }
}
