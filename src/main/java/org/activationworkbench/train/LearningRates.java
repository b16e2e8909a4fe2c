package org.activationworkbench.train;

/**
 * The two learning rates a step uses: the weights', and the activation parameters' (0 freezes them). At the end
 * of a cosine schedule both reach 0. Passed into
 * every step, so a change made while training (the window's live rates) takes effect at the next one.
 */
public record LearningRates(double weights, double activations) {

    public LearningRates {
        if (!(weights >= 0) || !Double.isFinite(weights)) {
            throw new IllegalArgumentException("the weights' learning rate must be 0 or positive, got " + weights);
        }
        if (!(activations >= 0) || !Double.isFinite(activations)) {
            throw new IllegalArgumentException("the activations' learning rate must be 0 (frozen) or positive, got "
                    + activations);
        }
    }

    public static LearningRates of(TrainingOptions o) {
        return new LearningRates(o.lr(), o.actLr());
    }

    /** Both rates divided by {@code d} (a roll-back after a divergence divides by ten). */
    public LearningRates dividedBy(double d) {
        return new LearningRates(weights / d, activations / d);
    }

    /** Both rates at a point of the schedule. */
    public LearningRates times(double factor) {
        return new LearningRates(weights * factor, activations * factor);
    }
}
