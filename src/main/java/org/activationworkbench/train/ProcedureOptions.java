package org.activationworkbench.train;

/**
 * The procedure a run uses and its settings (saved in run.json with the rest of the configuration).
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
                               double pruneThreshold, int[] refineEpochs) {

    public static final String DEFAULT = "joint";

    public ProcedureOptions {
        if (name == null) name = DEFAULT;
        if (refineEpochs == null) refineEpochs = new int[0];
        if (!(actLrScale > 0) || !Double.isFinite(actLrScale)) {
            throw new IllegalArgumentException("--act-lr-scale must be a positive number, got " + actLrScale);
        }
        if (phaseEpochs < 0) throw new IllegalArgumentException("--phase-epochs must be 0 or more, got " + phaseEpochs);
        if (alternateSteps < 1) throw new IllegalArgumentException("--alternate-steps must be at least 1, got " + alternateSteps);
        if (!(tv2 >= 0) || !Double.isFinite(tv2)) throw new IllegalArgumentException("--tv2 must be 0 or positive, got " + tv2);
        if (!(pruneThreshold >= 0) || !Double.isFinite(pruneThreshold)) {
            throw new IllegalArgumentException("--prune-threshold must be 0 or positive, got " + pruneThreshold);
        }
        for (int e : refineEpochs) {
            if (e < 1) throw new IllegalArgumentException("--refine-epochs must be epochs of 1 or more, got " + e);
        }
        refineEpochs = refineEpochs.clone();
    }

    public static ProcedureOptions defaults() {
        return named(DEFAULT);
    }

    /** The named procedure with default settings: scale 10, 1 phase epoch, turns of 50 steps, λ 1e-3, threshold 0.05. */
    public static ProcedureOptions named(String name) {
        return new ProcedureOptions(name, 10, 1, 50, 1e-3, 0.05, new int[0]);
    }

    public ProcedureOptions withName(String n) {
        return new ProcedureOptions(n, actLrScale, phaseEpochs, alternateSteps, tv2, pruneThreshold, refineEpochs);
    }
}
