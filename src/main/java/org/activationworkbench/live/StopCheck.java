package org.activationworkbench.live;

import org.activationworkbench.experiment.Snapshot;

/**
 * A rule that pauses a playing run at an exact moment (a lesson step's end condition). After every step the trainer
 * asks {@link #due} (cheap); when due, it publishes a snapshot with the test split evaluated and pauses if
 * {@link #stop} says so. Both run on the training thread, so implementations must be immutable or thread-safe.
 */
public interface StopCheck {

    /** Whether the moment after a step needs a check; {@code epochEnd} when the step finished an epoch. */
    boolean due(long step, double epoch, boolean epochEnd);

    /** Whether the run pauses here, given the snapshot published at this moment (test metrics measured). */
    boolean stop(Snapshot evaluated);
}
