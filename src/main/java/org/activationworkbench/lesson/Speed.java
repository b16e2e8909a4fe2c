package org.activationworkbench.lesson;

/**
 * How fast a step trains in the window: steps per second, epochs per second (converted with the run's steps per
 * epoch), or as fast as the machine goes. Headless checks ignore it.
 *
 * @param amount how many per second (ignored for {@link Unit#MAX})
 * @param unit   what is counted
 */
public record Speed(double amount, Unit unit) {

    /** What a speed counts. */
    public enum Unit { STEPS_PER_SECOND, EPOCHS_PER_SECOND, MAX }

    /** Steps per second for a run of {@code stepsPerEpoch}; {@link Double#POSITIVE_INFINITY} for max. */
    public double stepsPerSecond(int stepsPerEpoch) {
        return switch (unit) {
            case STEPS_PER_SECOND -> amount;
            case EPOCHS_PER_SECOND -> amount * stepsPerEpoch;
            case MAX -> Double.POSITIVE_INFINITY;
        };
    }

    /** "20 steps/s", "2 epochs/s", "max". */
    public String text() {
        return switch (unit) {
            case STEPS_PER_SECOND -> org.activationworkbench.core.NumberText.compact(amount) + " steps/s";
            case EPOCHS_PER_SECOND -> org.activationworkbench.core.NumberText.compact(amount) + " epochs/s";
            case MAX -> "max";
        };
    }
}
