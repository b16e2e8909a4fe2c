package org.activationworkbench.live;

import java.util.concurrent.TimeUnit;

/**
 * How fast the trainer steps: as fast as the machine goes, or a set number of steps a second (to watch single steps
 * in class). Only the training thread uses it.
 */
final class Pacer {

    /** Unthrottled. */
    static final double MAX_SPEED = Double.POSITIVE_INFINITY;
    /** A pause (a slow frame, a paused trainer) lets at most this much time be made up in a burst. */
    private static final long CATCH_UP_NANOS = 100_000_000L;
    private static final long LONGEST_NAP_NANOS = 20_000_000L;

    private double speed = MAX_SPEED;
    private long nextStepAt;

    void setSpeed(double stepsPerSecond, long now) {
        speed = stepsPerSecond > 0 ? stepsPerSecond : MAX_SPEED;
        nextStepAt = now;
    }

    /** Starting to play: the first step may run at once. */
    void restart(long now) {
        nextStepAt = now;
    }

    /** Nanoseconds until the next step may run (0 = now). */
    long nanosUntilNextStep(long now) {
        return Double.isFinite(speed) && now < nextStepAt ? Math.min(nextStepAt - now, LONGEST_NAP_NANOS) : 0;
    }

    /** A step ran at {@code now}: the next one is due a step's time later. */
    void stepped(long now) {
        if (Double.isFinite(speed)) nextStepAt = Math.max(nextStepAt, now - CATCH_UP_NANOS) + (long) (1e9 / speed);
    }

    void sleep(long nanos) throws InterruptedException {
        TimeUnit.NANOSECONDS.sleep(nanos);
    }
}
