package org.activationworkbench.ui.concurrent;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.util.Duration;

/**
 * Runs the last of a burst of requests on its own worker thread once the burst has been quiet for a moment.
 * A newer request cancels the one still running (interrupting it) and drops its result, so only the answer to
 * the current request arrives, on the FX thread. Requests come from the FX thread.
 */
public final class LatestOnlyWorker<T> {

    private final PauseTransition quiet;
    private final ExecutorService worker;
    private Supplier<T> job;
    private BiConsumer<T, Throwable> onDone;
    private Future<?> running;
    private long generation;

    public LatestOnlyWorker(String threadName, Duration quietTime) {
        worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
        quiet = new PauseTransition(quietTime);
        quiet.setOnFinished(e -> start());
    }

    /** Runs {@code job} after the quiet time unless another request comes first; {@code onDone} gets its outcome. */
    public void request(Supplier<T> job, BiConsumer<T, Throwable> onDone) {
        generation++;
        if (running != null) running.cancel(true);
        this.job = job;
        this.onDone = onDone;
        quiet.playFromStart();
    }

    private void start() {
        long g = generation;
        Supplier<T> j = job;
        BiConsumer<T, Throwable> done = onDone;
        running = worker.submit(() -> {
            T result = null;
            Throwable error = null;
            try {
                result = j.get();
            } catch (RuntimeException | OutOfMemoryError e) {
                error = e;
            }
            T r = result;
            Throwable err = error;
            Platform.runLater(() -> {
                if (g == generation) done.accept(r, err);
            });
        });
    }

    /** Drops what is pending and stops the thread. */
    public void close() {
        generation++;
        quiet.stop();
        if (running != null) running.cancel(true);
        worker.shutdownNow();
    }
}
