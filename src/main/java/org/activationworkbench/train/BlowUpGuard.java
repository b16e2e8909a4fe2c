package org.activationworkbench.train;

import java.util.Locale;

/**
 * The one rule for a run that blows up without (yet) a NaN: the loss, smoothed over recent batches, rises above
 * {@value #FACTOR} times where it started (the lowest of its first batches' losses: a learning rate far too high
 * can blow up within those batches, and their mean would then hide it). A healthy run never comes near that (its loss falls from the start; a
 * noisy batch moves the average by a tenth at most), while a run with a far too high learning rate passes it many
 * steps before the first overflow. The window's banner, `train`, `compare` and the studies all use it through
 * {@link TrainingSession#step}.
 */
public final class BlowUpGuard {

    /** How many times its starting level the smoothed loss may reach. */
    public static final double FACTOR = 100;
    /** Batches averaged for the starting level. */
    static final int START_BATCHES = 10;
    /** Weight of the newest batch in the smoothed loss. */
    static final double SMOOTHING = 0.1;

    private double start = Double.POSITIVE_INFINITY;
    private int startCount;
    private double smoothed = Double.NaN;

    /** Takes one batch's loss; returns what the loss did when the rule trips, else null. */
    String observe(double loss) {
        if (startCount < START_BATCHES) {
            if (loss < start) start = loss;
            startCount++;
        }
        smoothed = Double.isNaN(smoothed) ? loss : smoothed + SMOOTHING * (loss - smoothed);
        if (startCount >= START_BATCHES && start > 0 && smoothed > FACTOR * start) {
            return String.format(Locale.ROOT, "rose to %.3g, over %.0f times its start (%.3g)", smoothed, FACTOR, start);
        }
        return null;
    }

    /** Forget the history (after a roll-back the run starts over from a checkpoint). */
    void reset() {
        start = Double.POSITIVE_INFINITY;
        startCount = 0;
        smoothed = Double.NaN;
    }
}
