package org.activationworkbench.train;

/** Weights and activations take turns: {@code turnSteps} steps of weights only, then as many of activations only. */
final class AlternatingProcedure implements Procedure {

    private final int turnSteps;

    AlternatingProcedure(int turnSteps) {
        this.turnSteps = turnSteps;
    }

    @Override
    public String name() {
        return "alternating";
    }

    @Override
    public Phase beforeStep(TrainingSession session) {
        return (session.steps() / turnSteps) % 2 == 0 ? Phase.WEIGHTS_ONLY : Phase.ACTIVATIONS_ONLY;
    }
}
