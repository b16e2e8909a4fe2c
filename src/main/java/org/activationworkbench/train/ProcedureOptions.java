package org.activationworkbench.train;

import java.util.List;
import org.activationworkbench.core.Option;

/**
 * The procedure a run uses and its settings (saved in run.json with the rest of the configuration). Which settings
 * a procedure reads is declared in {@link Procedures.Info#options()}; the accepted values once, below.
 *
 * @param name           a name of {@link Procedures#all()}, e.g. "joint"
 * @param actLrScale     joint-scaled: the activation learning rate is --act-lr × this
 * @param phaseEpochs    warmup-frozen, activations-first, freeze-late: epochs of the special phase
 * @param alternateSteps alternating: steps per turn
 * @param tv2            tv2: λ of the TV2 penalty on the knot values
 * @param pruneThreshold tv2: knots whose slope change is below this are pruned after training
 * @param refineEpochs   grid-refine: after which epochs the knot count doubles (K → 2K−1); empty = at a third
 *                       and at two thirds of the epochs
 */
public record ProcedureOptions(String name, double actLrScale, int phaseEpochs, int alternateSteps, double tv2,
                               double pruneThreshold, List<Integer> refineEpochs) {

    public static final String DEFAULT = "joint";

    public static final Option ACT_LR_SCALE = Option.real("act-lr-scale", 10.0, 0.01, 1000, "Act-LR scale",
            "joint-scaled: the activation learning rate is --act-lr times this").byDecades();
    public static final Option PHASE_EPOCHS = Option.integer("phase-epochs", 1, 0, 1_000_000, "Phase epochs",
            "warmup-frozen, activations-first, freeze-late: epochs of the special phase");
    public static final Option ALTERNATE_STEPS = Option.integer("alternate-steps", 50, 1, 1_000_000, "Turn steps",
            "alternating: steps per turn");
    public static final Option TV2 = Option.real("tv2", 1e-3, 0, 10, "TV2 λ",
            "tv2: weight of the TV2 penalty on the knots").byDecades();
    public static final Option PRUNE_THRESHOLD = Option.real("prune-threshold", 0.05, 0, 100, "Prune below",
            "tv2: knots whose slope change is below this are pruned after training").byDecades();
    public static final Option REFINE_EPOCHS = Option.integers("refine-epochs", List.of(), 1, 1_000_000, 10,
            "Refine after", "grid-refine: epochs after which the knots double")
            .defaultDescribedAs("a third and two thirds of --epochs");

    public ProcedureOptions {
        if (name == null) name = DEFAULT;
        refineEpochs = refineEpochs == null ? List.of() : List.copyOf(refineEpochs);
        ACT_LR_SCALE.check(actLrScale);
        PHASE_EPOCHS.check(phaseEpochs);
        ALTERNATE_STEPS.check(alternateSteps);
        TV2.check(tv2);
        PRUNE_THRESHOLD.check(pruneThreshold);
        REFINE_EPOCHS.check(refineEpochs);
    }

    public static ProcedureOptions defaults() {
        return named(DEFAULT);
    }

    /** The named procedure with default settings: scale 10, 1 phase epoch, turns of 50 steps, λ 1e-3, threshold 0.05. */
    public static ProcedureOptions named(String name) {
        return new ProcedureOptions(name, 10, 1, 50, 1e-3, 0.05, List.of());
    }

    public ProcedureOptions withName(String n) {
        return new ProcedureOptions(n, actLrScale, phaseEpochs, alternateSteps, tv2, pruneThreshold, refineEpochs);
    }

    public ProcedureOptions withActLrScale(double s) {
        return new ProcedureOptions(name, s, phaseEpochs, alternateSteps, tv2, pruneThreshold, refineEpochs);
    }

    public ProcedureOptions withPhaseEpochs(int e) {
        return new ProcedureOptions(name, actLrScale, e, alternateSteps, tv2, pruneThreshold, refineEpochs);
    }

    public ProcedureOptions withAlternateSteps(int s) {
        return new ProcedureOptions(name, actLrScale, phaseEpochs, s, tv2, pruneThreshold, refineEpochs);
    }

    public ProcedureOptions withTv2(double lambda) {
        return new ProcedureOptions(name, actLrScale, phaseEpochs, alternateSteps, lambda, pruneThreshold, refineEpochs);
    }

    public ProcedureOptions withPruneThreshold(double t) {
        return new ProcedureOptions(name, actLrScale, phaseEpochs, alternateSteps, tv2, t, refineEpochs);
    }

    public ProcedureOptions withRefineEpochs(List<Integer> epochs) {
        return new ProcedureOptions(name, actLrScale, phaseEpochs, alternateSteps, tv2, pruneThreshold, epochs);
    }
}
