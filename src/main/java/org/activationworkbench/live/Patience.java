package org.activationworkbench.live;

import org.activationworkbench.experiment.Snapshot;

/**
 * The window's "stop when the test loss stalls": a demo's convenience, not part of the experiment (choosing when
 * to stop on the test split is not for results). Used on the training thread only.
 */
final class Patience {

    /** Epochs without a new best test loss after which the run stops (0 = never). */
    private int epochs;
    private double bestTestLoss = Double.POSITIVE_INFINITY;
    private double bestTestEpoch;

    void set(int epochs) {
        if (epochs < 0) throw new IllegalArgumentException("patience must be 0 (off) or more epochs, got " + epochs);
        this.epochs = epochs;
        restart();
    }

    /** Counts again from the next evaluation (after Play at the end of a plan). */
    void restart() {
        bestTestLoss = Double.POSITIVE_INFINITY;
    }

    /** True once the test loss last improved {@link #epochs} or more epochs before this snapshot. */
    boolean stalled(Snapshot snap) {
        double test = snap.metrics() == null ? Double.NaN : snap.metrics().testLoss();
        if (epochs <= 0 || Double.isNaN(test)) return false;
        if (test < bestTestLoss) {
            bestTestLoss = test;
            bestTestEpoch = snap.epoch();
            return false;
        }
        return snap.epoch() - bestTestEpoch >= epochs;
    }

    String reason() {
        return "the test loss has not improved for " + epochs + " epochs";
    }
}
