package org.activationworkbench.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.activationworkbench.activation.ActivationRegistry;
import org.activationworkbench.activation.ActivationSpec;
import org.activationworkbench.activation.FamilyInfo;
import org.activationworkbench.activation.Sharing;
import org.activationworkbench.data.DataOptions;
import org.activationworkbench.experiment.Experiment;
import org.activationworkbench.experiment.ExperimentConfig;
import org.activationworkbench.experiment.MetricsRow;
import org.activationworkbench.experiment.RunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Learning actually happens, and the same seed gives the same run. */
class LearningTest {

    static RunResult train(String dataset, ActivationSpec spec, Sharing sharing, int[] hidden, int epochs, int batch,
                           double lr, double clip, long seed) {
        return train(dataset, DataOptions.defaults().withSeed(seed), spec, sharing, hidden, epochs, batch, lr, clip);
    }

    static RunResult train(String dataset, DataOptions data, ActivationSpec spec, Sharing sharing, int[] hidden,
                           int epochs, int batch, double lr, double clip) {
        TrainingOptions opts = TrainingOptions.defaults().withEpochs(epochs).withBatch(batch).withRates(lr, lr).withMomentum(0).withClip(clip).withSeed(data.seed());
        ExperimentConfig cfg = new ExperimentConfig(dataset, data, spec, sharing, java.util.Arrays.stream(hidden).boxed().toList(), opts, null, null);
        return new Experiment(cfg).run(null);
    }

    static Stream<String> learnableFamilies() {
        return ActivationRegistry.learnable().stream().map(FamilyInfo::name);
    }

    @ParameterizedTest(name = "{0} learns the spiral")
    @MethodSource("learnableFamilies")
    void everyLearnableFamilyLearnsTheSpiral(String family) {
        RunResult r = train("spiral", ActivationSpec.of(family), null, new int[] {32, 32}, 120, 32, 0.01,
                "slaf".equals(family) ? 1.0 : 0.0, 0);
        assertTrue(r.last().testAccuracy() >= 0.95,
                family + " reached only " + r.last().testAccuracy() + " test accuracy on spiral");
    }

    @Test
    void bsplineFitsSinWithEightUnits() {
        // noise-free targets: the test MSE then measures the fit to sin(πx) itself
        RunResult r = train("sin", DataOptions.defaults().withNoise(0.0), ActivationSpec.of("bspline"), Sharing.NEURON,
                new int[] {8}, 300, 16, 0.01, 0);
        assertTrue(r.last().testLoss() <= 1e-3, "bspline reached test MSE " + r.last().testLoss() + " on sin(πx)");
    }

    @ParameterizedTest(name = "{0} solves xor")
    @ValueSource(strings = {"slaf", "hermite", "tropical"})
    void polynomialAndTropicalFamiliesSolveXor(String family) {
        RunResult r = train("xor", ActivationSpec.of(family), null, new int[] {8}, 40, 32, 0.01,
                "slaf".equals(family) ? 1.0 : 0.0, 0);
        assertTrue(r.last().testAccuracy() >= 0.95, family + " reached " + r.last().testAccuracy() + " on xor");
    }

    @Test
    void sameSeedSameLosses() {
        double[] a = losses(train("moons", ActivationSpec.of("bspline"), null, new int[] {16, 16}, 3, 32, 0.01, 0, 7));
        double[] b = losses(train("moons", ActivationSpec.of("bspline"), null, new int[] {16, 16}, 3, 32, 0.01, 0, 7));
        double[] c = losses(train("moons", ActivationSpec.of("bspline"), null, new int[] {16, 16}, 3, 32, 0.01, 0, 8));
        assertArrayEquals(a, b, 0.0);
        assertTrue(!java.util.Arrays.equals(a, c), "a different seed should give a different run");
    }

    private static double[] losses(RunResult r) {
        List<MetricsRow> rows = r.metrics();
        return rows.stream().flatMapToDouble(m -> java.util.stream.DoubleStream.of(m.trainLoss(), m.testLoss()))
                .toArray();
    }
}
