package org.activationworkbench.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.activationworkbench.activation.ActivationSpec;
import org.activationworkbench.activation.Sharing;
import org.activationworkbench.data.DataOptions;
import org.activationworkbench.experiment.Experiment;
import org.activationworkbench.experiment.ExperimentConfig;
import org.activationworkbench.experiment.RunResult;
import org.junit.jupiter.api.Test;

/**
 * TV2 pruning: knots with a slope change below the threshold become inactive, the curve moves by at most
 * threshold·h/2, and after a tv2 run the test loss rises by at most 10 % + 1e-3 (the stated tolerance).
 */
class Tv2PruningTest {

    @Test
    void reluWithSmallWigglesPrunesToItsThreeActiveKnots() {
        int k = 21;
        double h = 6.0 / (k - 1);
        float[] c = new float[k];
        SplittableRandom rnd = new SplittableRandom(1);
        for (int j = 0; j < k; j++) c[j] = (float) (Math.max(0, -3 + j * h) + 0.004 * (rnd.nextDouble() - 0.5));
        float[] original = c.clone();
        double threshold = 0.05;
        assertEquals(3, KnotPruning.prune(c, 0, k, h, threshold));
        for (int j = 0; j < k; j++) assertTrue(Math.abs(c[j] - original[j]) <= threshold * h / 2 + 1e-7, "knot " + j);
        assertEquals(original[0], c[0]);
        assertEquals(original[10], c[10]); // the kink at 0 stays
        assertEquals(original[20], c[20]);
    }

    @Test
    void aRunOfSmallBendsCannotAddUpToALargeChange() {
        // a smooth curve: every slope change is small, but it bends a lot in total
        int k = 41;
        double h = 6.0 / (k - 1);
        float[] c = new float[k];
        for (int j = 0; j < k; j++) c[j] = (float) Math.tanh(-3 + j * h);
        float[] original = c.clone();
        int left = KnotPruning.prune(c, 0, k, h, 0.05);
        assertTrue(left > 3 && left < k, left + " knots left");
        for (int j = 0; j < k; j++) assertTrue(Math.abs(c[j] - original[j]) <= 0.05 * h / 2 + 1e-7, "knot " + j);
    }

    @Test
    void tv2RunPrunesKnotsAndKeepsTheLoss() {
        TrainingOptions opts = TrainingOptions.defaults().withEpochs(40).withBatch(16).withRates(0.01, 0.01).withSeed(0);
        ProcedureOptions tv2 = new ProcedureOptions("tv2", 10, 1, 50, 1e-3, 0.05, java.util.List.of());
        ExperimentConfig cfg = new ExperimentConfig("sin", DataOptions.defaults().withNoise(0.0), ActivationSpec.of("bspline"), Sharing.NEURON, java.util.List.of(8), opts, null, tv2);
        RunResult r = new Experiment(cfg).run(null);
        var d = r.procedure().details();
        int total = (Integer) d.get("knotsTotal");
        int left = (Integer) d.get("knotsRemaining");
        double before = (Double) d.get("testLossBeforePruning");
        double after = (Double) d.get("testLossAfterPruning");
        assertEquals(8 * 21, total);
        assertTrue(left < total / 2, left + " of " + total + " knots left");
        assertTrue(after <= before * 1.10 + 1e-3, "test loss " + before + " before pruning, " + after + " after");
        assertEquals(after, r.last().testLoss(), 1e-12, "the final metrics describe the pruned network");
        assertTrue(r.procedure().summary().contains(left + " of " + total + " knots"), r.procedure().summary());
    }
}
