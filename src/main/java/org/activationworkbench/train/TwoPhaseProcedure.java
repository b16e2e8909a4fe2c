package org.activationworkbench.train;

/**
 * A first phase, then a second one from an epoch boundary on: after the first {@code phaseEpochs} epochs, or —
 * when {@code atEnd} — for the last {@code phaseEpochs} epochs (warmup-frozen, activations-first, freeze-late).
 */
final class TwoPhaseProcedure implements Procedure {

    private final String name;
    private final Phase first;
    private final Phase second;
    private final int phaseEpochs;
    private final boolean atEnd;

    TwoPhaseProcedure(String name, Phase first, Phase second, int phaseEpochs, boolean atEnd) {
        this.name = name;
        this.first = first;
        this.second = second;
        this.phaseEpochs = phaseEpochs;
        this.atEnd = atEnd;
    }

    @Override
    public String name() {
        return name;
    }

    /** Completed epochs after which the second phase starts. */
    int switchEpoch(TrainingOptions options) {
        return atEnd ? Math.max(0, options.epochs() - phaseEpochs) : phaseEpochs;
    }

    @Override
    public Phase beforeStep(TrainingSession session) {
        return session.epochsDone() < switchEpoch(session.options()) ? first : second;
    }
}
