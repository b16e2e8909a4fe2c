package org.activationworkbench.live;

import org.activationworkbench.experiment.*;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.activationworkbench.activation.ActivationSpec;
import org.activationworkbench.data.DataOptions;
import org.activationworkbench.train.ProcedureOptions;
import org.activationworkbench.train.TrainingOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.activationworkbench.experiment.Experiment;
import org.activationworkbench.experiment.ExperimentConfig;
import org.activationworkbench.experiment.RunHistory;
import org.activationworkbench.experiment.WorkbenchFile;
import org.activationworkbench.experiment.SavedSession;

/** Saving a live run between steps and resuming it from the file continues exactly where it stopped. */
class TrainerCaptureTest {

    private static ExperimentConfig config(String procedure) {
        TrainingOptions t = TrainingOptions.defaults().withEpochs(4).withBatch(32).withRates(0.01, 0.01).withSeed(1);
        return new ExperimentConfig("spiral", DataOptions.defaults().withSamples(200), ActivationSpec.of("bspline"), null, java.util.List.of(8), t, null, null).withProcedure(ProcedureOptions.named(procedure));
    }

    private static TrainerState await(Trainer t, Predicate<TrainerState> p) throws InterruptedException {
        long end = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < end) {
            TrainerState s = t.state();
            if (s != null && p.test(s)) return s;
            Thread.sleep(5);
        }
        throw new AssertionError("trainer never reached the expected state; last: " + t.state());
    }

    private static void steps(Trainer t, int n) throws InterruptedException {
        long target = t.state().snapshot().step() + n;
        for (int i = 0; i < n; i++) t.step();
        await(t, s -> s.snapshot().step() == target);
    }

    @Test
    void aSavedRunResumesExactlyWhereItStopped(@TempDir Path dir) throws Exception {
        try (Trainer a = new Trainer(new Experiment(config("joint")), new RunHistory()).start()) {
            await(a, s -> true);
            steps(a, 7);
            SavedSession saved = a.captureState().get(10, TimeUnit.SECONDS);
            assertEquals(7, saved.training().steps());
            assertEquals(a.history().rows().size(), saved.metrics().size());
            Path file = dir.resolve("run.awb");
            WorkbenchFile.save(file, saved);

            try (Trainer b = Trainer.resume(WorkbenchFile.open(file).restore(), new RunHistory()).start()) {
                TrainerState first = await(b, s -> true);
                assertEquals(7, first.snapshot().step(), "resumes at the saved step");
                assertEquals(saved.snapshots().size(), b.history().snapshotCount(), "the history comes back");
                steps(a, 5);
                steps(b, 5);
                SavedSession x = a.captureState().get(10, TimeUnit.SECONDS);
                SavedSession y = b.captureState().get(10, TimeUnit.SECONDS);
                assertEquals(12, y.training().steps());
                for (int i = 0; i < x.model().dense().size(); i++) {
                    assertArrayEquals(x.model().dense().get(i).weights(), y.model().dense().get(i).weights(),
                            "dense layer " + i + " after five more steps");
                }
                assertArrayEquals(x.model().activations().get(0).params(), y.model().activations().get(0).params());
            }
        }
    }

    @Test
    void theCaptureCarriesTheLiveLearningRatesAndTheProcedure() throws Exception {
        try (Trainer t = new Trainer(new Experiment(config("warmup-frozen")), new RunHistory()).start()) {
            await(t, s -> true);
            t.setLearningRates(0.003, 0.002);
            steps(t, 1);
            TrainerState s = t.state();
            assertEquals("weights-only", s.phase(), "warmup-frozen starts with the activations frozen");
            assertTrue(!s.phaseChanges().isEmpty());
            SavedSession w = t.captureState().get(10, TimeUnit.SECONDS);
            assertEquals(0.003, w.config().training().lr());
            assertEquals(0.002, w.config().training().actLr());
            assertEquals("warmup-frozen", w.config().procedure().name());
        }
    }

    @Test
    void resetKeepsTheProcedure() throws Exception {
        try (Trainer t = new Trainer(new Experiment(config("activations-first")), new RunHistory()).start()) {
            await(t, s -> true);
            t.reset();
            steps(t, 1);
            assertEquals("activations-only", t.state().phase());
        }
    }
}
