package org.activationworkbench.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import java.util.stream.Stream;
import org.activationworkbench.activation.ActivationSpec;
import org.activationworkbench.data.DataOptions;
import org.activationworkbench.experiment.Experiment;
import org.activationworkbench.experiment.ExperimentConfig;
import org.activationworkbench.nn.Parameter;
import org.activationworkbench.nn.ParameterGroup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every procedure, step by step: the session's phase is the expected one at every step, the phase changes are
 * recorded at the right steps, frozen groups stay bit-identical through a step and learning groups move.
 * moons with 200 samples: 160 training rows, batch 32, so 5 steps per epoch; 3 epochs.
 */
class ProcedureTest {

    static final int STEPS_PER_EPOCH = 5;
    static final int EPOCHS = 3;

    static TrainingSession session(String family, ProcedureOptions procedure) {
        TrainingOptions opts = TrainingOptions.defaults().withEpochs(EPOCHS).withBatch(32).withRates(0.01, 0.01).withSeed(0);
        ActivationSpec spec = "bspline".equals(family)
                ? ActivationSpec.of("bspline").with("knots", 6) : ActivationSpec.of(family);
        ExperimentConfig cfg = new ExperimentConfig("moons", DataOptions.defaults().withSamples(200), spec, null, java.util.List.of(8), opts, null, procedure);
        return new Experiment(cfg).session();
    }

    /** The phase each step (0-based) must be in, per procedure, with the settings of {@link #options}. */
    static LongFunction<String> expected(String procedure) {
        int spe = STEPS_PER_EPOCH;
        return switch (procedure) {
            case "warmup-frozen" -> s -> s < spe ? "weights-only" : "joint";
            case "activations-first" -> s -> s < spe ? "activations-only" : "joint";
            case "alternating" -> s -> (s / 3) % 2 == 0 ? "weights-only" : "activations-only";
            case "freeze-late" -> s -> s < 2L * spe ? "joint" : "weights-only";
            case "fixed" -> s -> "weights-only";
            case "grid-refine" -> s -> s < spe ? "6 knots" : s < 2L * spe ? "11 knots" : "21 knots";
            default -> s -> "joint";
        };
    }

    static ProcedureOptions options(String name) {
        return new ProcedureOptions(name, 10, 1, 3, 1e-3, 0.05, java.util.List.of(1, 2));
    }

    static Stream<Arguments> cases() {
        Stream.Builder<Arguments> b = Stream.builder();
        for (Procedures.Info p : Procedures.all()) {
            b.add(Arguments.of(p.name(), "bspline"));
            if (!p.bsplineOnly()) b.add(Arguments.of(p.name(), "dyn"));
        }
        return b.build();
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("cases")
    void phasesSwitchAtTheRightStepAndFrozenParametersDoNotMove(String procedure, String family) {
        TrainingSession s = session(family, options(procedure));
        LongFunction<String> phase = expected(procedure);
        List<PhaseChange> want = new ArrayList<>();
        for (long step = 0; step < (long) EPOCHS * STEPS_PER_EPOCH; step++) {
            Map<float[], float[]> before = copies(s);
            s.step();
            String now = phase.apply(step);
            assertEquals(now, s.phase(), procedure + " step " + step);
            if (step == 0 || !now.equals(phase.apply(step - 1))) want.add(new PhaseChange(step, 0, now));
            Phase p = currentPhase(now);
            for (Parameter par : s.network().parameters()) {
                float[] old = before.get(par.value());
                if (old == null) continue; // a tensor grid refinement just replaced
                boolean frozen = par.group() == ParameterGroup.WEIGHTS ? p.weightsFrozen() : p.activationsFrozen();
                if (frozen) {
                    assertArrayEquals(old, par.value(), procedure + ": frozen " + par.name() + " moved at step " + step);
                } else {
                    assertFalse(java.util.Arrays.equals(old, par.value()),
                            procedure + ": " + par.name() + " did not learn at step " + step);
                }
            }
        }
        assertEquals(want.stream().map(c -> c.step() + " " + c.phase()).toList(),
                s.phaseChanges().stream().map(c -> c.step() + " " + c.phase()).toList());
        for (PhaseChange c : s.phaseChanges()) {
            assertEquals(c.step() / (double) STEPS_PER_EPOCH, c.epoch(), 1e-9, "epoch of the change at step " + c.step());
        }
    }

    private static Phase currentPhase(String name) {
        return switch (name) {
            case "weights-only" -> Phase.WEIGHTS_ONLY;
            case "activations-only" -> Phase.ACTIVATIONS_ONLY;
            default -> Phase.JOINT;
        };
    }

    private static Map<float[], float[]> copies(TrainingSession s) {
        Map<float[], float[]> m = new IdentityHashMap<>();
        for (Parameter p : s.network().parameters()) m.put(p.value(), p.value().clone());
        return m;
    }

    @Test
    void jointIsTheDefaultTrainingStepForStep() {
        TrainingSession a = session("bspline", ProcedureOptions.defaults());
        TrainingOptions opts = a.options();
        TrainingSession b = new TrainingSession(
                new org.activationworkbench.nn.Network(2, new int[] {8}, 2,
                        a.network().activationLayers().get(0).activation(), a.network().activationLayers().get(0).sharing(),
                        opts.seed()), a.data(), opts);
        for (int i = 0; i < 12; i++) assertEquals(a.step(), b.step(), 0.0, "step " + i);
    }

    @Test
    void jointScaledMultipliesTheActivationLearningRate() {
        TrainingSession s = session("dyn", options("joint-scaled"));
        assertEquals(10.0, s.optimizer().group(ParameterGroup.ACTIVATION).lrMultiplier(), 1e-12);
        assertEquals(1.0, s.optimizer().group(ParameterGroup.WEIGHTS).lrMultiplier(), 1e-12);
    }

    @Test
    void twoOptimizersUsesSgdForWeightsAndAdamForActivations() {
        TrainingSession s = session("bspline", options("two-optimizers"));
        assertEquals("sgd+adam", s.optimizer().name());
        // Adam's first step moves every parameter with a gradient by about the learning rate; SGD by lr × gradient
        float[] act = s.network().activationLayers().get(0).parameter().value();
        float[] before = act.clone();
        s.step();
        double maxMove = 0;
        for (int i = 0; i < act.length; i++) maxMove = Math.max(maxMove, Math.abs(act[i] - before[i]));
        assertEquals(0.01, maxMove, 1e-4, "an Adam step of the activation parameters");
    }

    @Test
    void knotProceduresRefuseOtherFamiliesClearly() {
        for (String p : new String[] {"tv2", "grid-refine"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> session("dyn", options(p)));
            assertTrue(e.getMessage().contains("bspline") && e.getMessage().contains("dyn"), e.getMessage());
        }
    }

    @Test
    void unknownProcedureListsTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Procedures.create(ProcedureOptions.named("sideways")));
        assertTrue(e.getMessage().contains("sideways") && e.getMessage().contains("freeze-late"), e.getMessage());
    }

    @Test
    void actLrZeroKeepsActivationsFrozenInJointPhases() {
        TrainingOptions opts = TrainingOptions.defaults().withEpochs(2).withBatch(32).withRates(0.01, 0).withSeed(0);
        ExperimentConfig cfg = new ExperimentConfig("moons", DataOptions.defaults().withSamples(200), ActivationSpec.of("dyn"), null, java.util.List.of(8), opts, null, options("warmup-frozen"));
        TrainingSession s = new Experiment(cfg).session();
        float[] act = s.network().activationLayers().get(0).parameter().value();
        float[] init = act.clone();
        for (int i = 0; i < 10; i++) s.step();
        assertEquals("joint", s.phase());
        assertArrayEquals(init, act);
    }
}
