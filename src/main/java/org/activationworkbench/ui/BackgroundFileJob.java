package org.activationworkbench.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Writes one file on a worker thread, cancellably: the writer fills a temporary file beside the target, and only
 * when it finished and nobody cancelled is that moved over the target in one step. A cancelled or failed job
 * leaves the target as it was.
 */
final class BackgroundFileJob {

    /** Writes the whole output to the given (temporary) path. */
    interface Writer {
        void write(Path to) throws IOException;
    }

    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final CompletableFuture<Path> done = new CompletableFuture<>();

    private BackgroundFileJob() {
    }

    /** Starts writing {@code target} with {@code writer} on a daemon thread. */
    static BackgroundFileJob start(Path target, Writer writer) {
        BackgroundFileJob job = new BackgroundFileJob();
        Thread t = new Thread(() -> job.run(target, writer), "export");
        t.setDaemon(true);
        t.start();
        return job;
    }

    private void run(Path target, Writer writer) {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, "." + target.getFileName(), ".part");
            writer.write(tmp);
            if (cancelled.get()) throw new CancellationException("cancelled");
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            done.complete(target);
        } catch (Exception | OutOfMemoryError e) {
            done.completeExceptionally(cancelled.get() ? new CancellationException("cancelled") : e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // a stray .part file is harmless
                }
            }
        }
    }

    /** The written file, or the failure (a {@link CancellationException} after {@link #cancel()}). */
    CompletableFuture<Path> result() {
        return done;
    }

    /** The target is left untouched; the writer's work so far is thrown away when it returns. */
    void cancel() {
        cancelled.set(true);
    }
}
