package org.activationworkbench.study;

import java.util.Locale;

/**
 * When a study run counts as failed, defined once. A run fails when
 * <ul>
 *   <li>it <b>diverged</b>: a loss or a parameter became NaN or infinite (training stopped there);</li>
 *   <li>its loss <b>blew up</b>: the final test loss is above {@value #BLOW_UP_LOSS}, or above
 *       {@value #BLOW_UP_FACTOR} × the untrained network's test loss (the absolute bound only when the untrained
 *       loss was below it: for raw-scale regression targets such as diabetes an MSE of thousands is ordinary);</li>
 *   <li>a classifier ends <b>at chance</b>: test accuracy at most the majority class's share of the test split plus
 *       {@value #CHANCE_MARGIN_POINTS} points (a network that predicts one class for everything).</li>
 * </ul>
 * A failed run is never dropped: it stays in every mean with its measured value, or with the worst value when
 * it has none (a NaN network: accuracy 0, error rate 1, the task's worst measured MSE), and each report lists it.
 */
public final class Failure {

    public static final double BLOW_UP_LOSS = 50;
    public static final double BLOW_UP_FACTOR = 100;
    public static final double CHANCE_MARGIN_POINTS = 2;

    /** The definition in words, for every report's method section. */
    public static final String METHOD = "A run **fails** when it diverges (a loss or parameter becomes infinite or not a number), when "
            + "its final test loss blows up (above " + (int) BLOW_UP_LOSS + ", or above " + (int) BLOW_UP_FACTOR
            + "× its untrained test loss; the absolute bound only where the untrained loss was below it), or when a classifier ends at "
            + "chance (test accuracy within " + (int) CHANCE_MARGIN_POINTS + " points of the majority class's share). "
            + "Failed runs stay in every mean, with their measured value or, when a diverged run has none, the worst "
            + "value (accuracy 0, error rate 1, the task's worst measured MSE), and are listed under Failures.";

    private Failure() {
    }

    /**
     * Why the run failed, or null when it did not.
     *
     * @param divergence      the run's divergence message, null when it stayed finite
     * @param testLoss        final test loss
     * @param initialTestLoss the untrained network's test loss
     * @param accuracy        final test accuracy (NaN for regression)
     * @param chance          the majority class's share of the test split (NaN for regression)
     */
    public static String of(String divergence, double testLoss, double initialTestLoss, double accuracy, double chance) {
        if (divergence != null) return "diverged: " + divergence;
        if (!Double.isFinite(testLoss)) return "diverged: test loss " + testLoss;
        boolean ordinaryScale = !(initialTestLoss >= BLOW_UP_LOSS);
        if (ordinaryScale && testLoss > BLOW_UP_LOSS) return String.format(Locale.ROOT, "blew up: test loss %.4g > %d", testLoss, (int) BLOW_UP_LOSS);
        if (Double.isFinite(initialTestLoss) && initialTestLoss > 0 && testLoss > BLOW_UP_FACTOR * initialTestLoss) {
            return String.format(Locale.ROOT, "blew up: test loss %.4g > %d × its initial %.4g", testLoss,
                    (int) BLOW_UP_FACTOR, initialTestLoss);
        }
        if (Double.isFinite(chance) && Double.isFinite(accuracy) && accuracy <= chance + CHANCE_MARGIN_POINTS / 100) {
            return String.format(Locale.ROOT, "at chance: test accuracy %.1f %% (majority class %.1f %%)", 100 * accuracy,
                    100 * chance);
        }
        return null;
    }
}
