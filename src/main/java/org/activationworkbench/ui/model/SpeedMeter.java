package org.activationworkbench.ui.model;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * How fast the run goes as the class sees it: steps and epochs per second measured over the last few seconds of
 * wall time from the states the window pulls, so a slow pace (2 steps a second, one step every other frame) reads as
 * 2 steps/s instead of flickering between 0 and a burst.
 */
public final class SpeedMeter {

    /** Long enough to hold a few steps at the slowest speed. */
    static final long WINDOW_NANOS = 3_000_000_000L;
    /** Below this much measured time the meter says nothing yet. */
    static final long MIN_SPAN_NANOS = 400_000_000L;

    private record Sample(long nanos, long step, double epoch) { }

    private final Deque<Sample> samples = new ArrayDeque<>();

    /** A state seen at {@code nanos}: while playing it counts; paused, the meter starts over. */
    public void add(long nanos, long step, double epoch, boolean playing) {
        if (!playing) {
            samples.clear();
            return;
        }
        if (!samples.isEmpty() && step < samples.peekLast().step()) samples.clear();   // a reset or a roll-back
        samples.addLast(new Sample(nanos, step, epoch));
        while (samples.size() > 2 && nanos - samples.peekFirst().nanos() > WINDOW_NANOS) samples.removeFirst();
    }

    /** Measured steps per second, or NaN while there is too little to measure. */
    public double stepsPerSecond() {
        return rate(Sample::step);
    }

    public double epochsPerSecond() {
        return rate(Sample::epoch);
    }

    private double rate(java.util.function.ToDoubleFunction<Sample> of) {
        if (samples.size() < 2) return Double.NaN;
        Sample a = samples.peekFirst(), b = samples.peekLast();
        long span = b.nanos() - a.nanos();
        if (span < MIN_SPAN_NANOS) return Double.NaN;
        return (of.applyAsDouble(b) - of.applyAsDouble(a)) / (span / 1e9);
    }
}
