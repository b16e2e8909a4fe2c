package org.activationworkbench.experiment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Saves the current work to a recovery file every few minutes, so a crash loses at most one interval.
 * On the next launch {@link #pendingRecovery} tells whether there is something to offer back; a clean exit (or
 * an explicit save) calls {@link #discard}. Writes are atomic, so a crash during an autosave keeps the previous one.
 *
 * <p>The supplier runs on the autosave thread and must hand back an immutable state (for a live run: ask the
 * trainer for a {@link SavedSession} between steps); returning null skips this round.
 */
public final class Autosave implements AutoCloseable {

    public static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(3);

    private final Path recoveryFile;
    private final Supplier<SavedSession> supplier;
    private final Consumer<IOException> onError;
    private ScheduledExecutorService timer;

    public Autosave(Path recoveryFile, Supplier<SavedSession> supplier, Consumer<IOException> onError) {
        this.recoveryFile = recoveryFile;
        this.supplier = supplier;
        this.onError = onError;
    }

    /** The user's recovery file, in {@link UserDirs#config()}. */
    public static Path defaultRecoveryFile() {
        return UserDirs.config().resolve("recovery" + WorkbenchFile.EXTENSION);
    }

    /** The recovery file left by a session that did not end cleanly, if any. */
    public static Optional<Path> pendingRecovery(Path recoveryFile) {
        return Files.isRegularFile(recoveryFile) ? Optional.of(recoveryFile) : Optional.empty();
    }

    /** Saves every {@code interval} on a daemon thread until {@link #close()}. */
    public synchronized void start(Duration interval) {
        if (timer != null) return;
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "autosave");
            t.setDaemon(true);
            return t;
        });
        long ms = Math.max(1, interval.toMillis());
        timer.scheduleWithFixedDelay(this::saveQuietly, ms, ms, TimeUnit.MILLISECONDS);
    }

    /** Saves now; false when the supplier had nothing to save. */
    public boolean saveNow() throws IOException {
        SavedSession s = supplier.get();
        if (s == null) return false;
        WorkbenchFile.save(recoveryFile, s);
        return true;
    }

    private void saveQuietly() {
        try {
            saveNow();
        } catch (IOException e) {
            if (onError != null) onError.accept(e);
        } catch (RuntimeException e) {
            if (onError != null) onError.accept(new IOException("autosave failed: " + e.getMessage(), e));
        }
    }

    /** Removes the recovery file (after a clean exit or an explicit save). */
    public void discard() throws IOException {
        Files.deleteIfExists(recoveryFile);
    }

    @Override
    public synchronized void close() {
        if (timer != null) {
            timer.shutdown();
            try {
                timer.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            timer = null;
        }
    }
}
