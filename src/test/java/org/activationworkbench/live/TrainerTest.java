package org.activationworkbench.live;

import org.activationworkbench.experiment.*;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Predicate;
import org.activationworkbench.activation.ActivationSpec;
import org.activationworkbench.data.DataOptions;
import org.activationworkbench.train.TrainingOptions;
import org.junit.jupiter.api.Test;
import org.activationworkbench.experiment.Experiment;
import org.activationworkbench.experiment.ExperimentConfig;
import org.activationworkbench.experiment.RunHistory;

class TrainerTest {

    private static Trainer trainer(String family, double lr) {
        TrainingOptions t = TrainingOptions.defaults().withEpochs(2000).withBatch(32).withRates(lr, lr).withSeed(1);
        ExperimentConfig c = new ExperimentConfig("spiral", DataOptions.defaults(), ActivationSpec.of(family), null, java.util.List.of(8, 8), t, null, null);
        return new Trainer(new Experiment(c), new RunHistory()).start();
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

    @Test
    void playsPausesStepsAndResets() throws InterruptedException {
        try (Trainer t = trainer("bspline", 0.01)) {
            TrainerState init = await(t, s -> true);
            assertEquals(0, init.snapshot().step());
            assertNotNull(init.grid(), "2-D data gets a prediction grid");
            assertNotNull(init.snapshot().layers().get(0).histogram(), "the initial snapshot has a histogram");
            t.play();
            await(t, s -> s.snapshot().step() > 50);
            t.pause();
            TrainerState paused = await(t, s -> s.status() == TrainerState.Status.PAUSED);
            Thread.sleep(100);
            assertEquals(paused.snapshot().step(), t.state().snapshot().step(), "pause stops the steps");
            t.step();
            await(t, s -> s.snapshot().step() == paused.snapshot().step() + 1);
            t.reset();
            TrainerState reset = await(t, s -> s.snapshot().step() == 0);
            assertEquals(init.snapshot().layers().get(0).params()[3], reset.snapshot().layers().get(0).params()[3]);
            assertEquals(1, t.history().snapshotCount());
        }
    }

    @Test
    void divergencePausesSaysWhatAndRollsBack() throws InterruptedException {
        try (Trainer t = trainer("slaf", 0.01)) {
            await(t, s -> true);
            t.play();
            await(t, s -> s.snapshot().step() > 20);
            t.setLearningRates(1e6, 1e6);
            TrainerState d = await(t, s -> s.status() == TrainerState.Status.DIVERGED);
            assertTrue(d.problem().contains("diverged"), d.problem());
            assertTrue(d.canRollBack());
            t.rollBack();
            TrainerState back = await(t, s -> s.status() == TrainerState.Status.PAUSED && s.lr() < 1e6);
            assertEquals(1e5, back.lr(), 1e-6);
            assertTrue(Double.isFinite(back.snapshot().metrics().testLoss()));
        }
    }

    @Test
    void speedLimitThrottles() throws InterruptedException {
        try (Trainer t = trainer("relu", 0.01)) {
            await(t, s -> true);
            t.setSpeed(20);
            t.play();
            Thread.sleep(500);
            t.pause();
            long steps = await(t, s -> s.status() == TrainerState.Status.PAUSED).snapshot().step();
            assertTrue(steps >= 3 && steps <= 20, "about 10 steps in half a second at 20 steps/s, got " + steps);
        }
    }
}
