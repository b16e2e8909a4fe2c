package org.activationworkbench.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Predicate;
import org.activationworkbench.activation.ActivationSpec;
import org.activationworkbench.data.DataOptions;
import org.activationworkbench.experiment.Experiment;
import org.activationworkbench.experiment.ExperimentConfig;
import org.activationworkbench.experiment.RunHistory;
import org.activationworkbench.experiment.Snapshot;
import org.activationworkbench.train.TrainingOptions;
import org.junit.jupiter.api.Test;

/** A lesson step's stop: the live trainer pauses at the exact step a check names, whatever its speed. */
class TrainerStopCheckTest {

    private static Trainer trainer() {
        TrainingOptions t = TrainingOptions.defaults().withEpochs(2000).withBatch(32).withRates(0.01, 0.01).withSeed(1);
        ExperimentConfig c = new ExperimentConfig("spiral", DataOptions.defaults(), ActivationSpec.of("dyn"), null,
                List.of(8), t, null, null);
        return new Trainer(new Experiment(c), new RunHistory()).start();
    }

    private static TrainerState await(Trainer t, Predicate<TrainerState> p) throws InterruptedException {
        long end = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < end) {
            TrainerState s = t.state();
            if (s != null && p.test(s)) return s;
            Thread.sleep(2);
        }
        throw new AssertionError("trainer never reached the expected state; last: " + t.state());
    }

    /** Due from step {@code at} on; stops there when the evaluated snapshot has a test loss. */
    record AtStep(long at) implements StopCheck {
        @Override
        public boolean due(long step, double epoch, boolean epochEnd) {
            return step >= at;
        }

        @Override
        public boolean stop(Snapshot evaluated) {
            return evaluated.metrics() != null && Double.isFinite(evaluated.metrics().testLoss());
        }
    }

    @Test
    void pausesAtTheExactStepAtFullSpeedWithTheTestSplitEvaluated() throws InterruptedException {
        try (Trainer t = trainer()) {
            await(t, s -> true);
            t.setSpeed(Trainer.MAX_SPEED);
            t.setStopCheck(new AtStep(37));
            t.play();
            TrainerState s = await(t, x -> x.snapshot().step() >= 37 && !x.playing());
            assertEquals(37, s.snapshot().step());
            assertEquals(TrainerState.Status.PAUSED, s.status());
            assertTrue(Double.isFinite(s.snapshot().metrics().testLoss()), "the stop's snapshot is evaluated");
            assertEquals(37, t.history().last().step(), "and kept in the history (the timeline, Back)");
            t.setStopCheck(null);
            t.play();
            await(t, x -> x.snapshot().step() > 60);
            t.pause();
        }
    }

    @Test
    void aPublicationWithoutAStepKeepsTheLastHistograms() throws InterruptedException {
        try (Trainer t = trainer()) {
            await(t, s -> true);
            t.step();
            TrainerState stepped = await(t, s -> s.snapshot().step() == 1);
            t.setLearningRates(0.02, 0.02);   // publishes again, no step in between
            TrainerState again = await(t, s -> s.version() > stepped.version() && s.lr() == 0.02);
            assertEquals(1, again.snapshot().step());
            assertSame(stepped.snapshot().layers().get(0).histogram(), again.snapshot().layers().get(0).histogram(),
                    "the grid's evaluation between them must not become the histogram");
            assertFalse(again.playing());
        }
    }
}
