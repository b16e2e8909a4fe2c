package org.activationworkbench.ui.concurrent;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;

/**
 * Runs an action on the FX thread when worker threads ask for it, coalesced: at most once per interval however
 * often they ask, never queued up, and always once more after the last request. The workers keep the newest value
 * in an atomic field and call {@link #request()}; the action reads that field (so a slow FX thread skips values).
 */
public final class FxThrottle {

    private static final Executor FX = Platform::runLater;

    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final long intervalNanos;
    private final Runnable action;
    private volatile long lastRun;

    public FxThrottle(long intervalMillis, Runnable action) {
        this.intervalNanos = TimeUnit.MILLISECONDS.toNanos(intervalMillis);
        this.action = action;
        this.lastRun = System.nanoTime() - intervalNanos;
    }

    /** Any thread: the action runs on the FX thread now, or when the interval since its last run is over. */
    public void request() {
        if (!scheduled.compareAndSet(false, true)) return;   // a run is coming; it will see the newest value
        long wait = lastRun + intervalNanos - System.nanoTime();
        (wait > 0 ? CompletableFuture.delayedExecutor(wait, TimeUnit.NANOSECONDS, FX) : FX).execute(this::run);
    }

    private void run() {
        scheduled.set(false);   // before the action: a request made while it runs schedules another run
        lastRun = System.nanoTime();
        action.run();
    }
}
