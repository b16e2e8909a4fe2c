package org.activationworkbench.ui.concurrent;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.activationworkbench.export.ExportProgress;
import org.activationworkbench.io.AtomicFiles;

/**
 * Writes one file on a worker thread, cancellably: the writer fills a temporary file beside the target, and only
 * when it finished and nobody cancelled is that moved over the target in one step. A cancelled or failed job
 * leaves the target as it was. Writers that work in pieces report them through the {@link ExportProgress} they are
 * given, which also stops them at the next piece after {@link #cancel()}; the FX thread sees the newest step at
 * most {@link #UPDATES_PER_SECOND} times a second.
 */
public final class BackgroundFileJob {

    public static final int UPDATES_PER_SECOND = 30;

    /** Writes the whole output to the given (temporary) path, reporting to (and checking) {@code progress}. */
    public interface Writer {
        void write(Path to, ExportProgress progress) throws IOException;
    }

    /** The writer's newest report: {@code done} of {@code total} {@code unit}s. */
    public record Step(int done, int total, String unit) {

        public double fraction() {
            return total <= 0 ? 0 : Math.min(1, done / (double) total);
        }
    }

    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final CompletableFuture<Path> done = new CompletableFuture<>();
    private final AtomicReference<Step> latest = new AtomicReference<>();
    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>();
    private final FxThrottle updates = new FxThrottle(1000 / UPDATES_PER_SECOND, () -> step.set(latest.get()));
    private final ExportProgress progress = new ExportProgress() {
        @Override
        public void step(int done, int total, String unit) {
            latest.set(new Step(done, total, unit));
            updates.request();
        }

        @Override
        public boolean cancelled() {
            return cancelled.get();
        }
    };

    private BackgroundFileJob() {
    }

    /** Starts writing {@code target} with {@code writer} on a daemon thread. */
    public static BackgroundFileJob start(Path target, Writer writer) {
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
            progress.throwIfCancelled();
            writer.write(tmp, progress);
            progress.throwIfCancelled();   // a writer in one piece cannot stop early, but its file is not kept
            AtomicFiles.replace(tmp, target);   // with the target's permissions: the .part file is owner-only
            done.complete(target);
        } catch (Exception | OutOfMemoryError e) {
            deleteQuietly(tmp);   // before completing: whoever waits for the result finds the folder clean
            done.completeExceptionally(cancelled.get() ? new CancellationException("cancelled") : e);
        }
    }

    private static void deleteQuietly(Path tmp) {
        if (tmp == null) return;
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
            // a stray .part file is harmless
        }
    }

    /** The written file, or the failure (a {@link CancellationException} after {@link #cancel()}). */
    public CompletableFuture<Path> result() {
        return done;
    }

    /**
     * The writer's newest step, null until it reports one (a writer in one piece never does). Set on the FX
     * thread, throttled; it may still change shortly after {@link #result()} completed.
     */
    public ReadOnlyObjectProperty<Step> step() {
        return step.getReadOnlyProperty();
    }

    /** The target is left untouched; a writer in pieces stops at the next one, any other's work is thrown away. */
    public void cancel() {
        cancelled.set(true);
    }

    public boolean cancelled() {
        return cancelled.get();
    }
}
