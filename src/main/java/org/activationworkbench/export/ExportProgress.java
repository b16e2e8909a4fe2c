package org.activationworkbench.export;

import java.util.concurrent.CancellationException;

/**
 * How an export says how far it got, and learns that it should stop. Exporters that repeat work (GIF frames,
 * table rows snapshot by snapshot) call {@link #advance} after each piece, which throws
 * {@link CancellationException} once the caller cancelled: the export stops at the next piece, and the file it
 * was writing is discarded (files are written atomically, so the target stays as it was).
 * The CLI passes {@link #NONE} or its terminal bar; the window's export job throttles what reaches the screen.
 */
public interface ExportProgress {

    /** Reports to no one and never cancels. */
    ExportProgress NONE = new ExportProgress() {
        @Override
        public void step(int done, int total, String unit) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    /**
     * {@code done} of {@code total} pieces are finished; {@code unit} names one piece ("frame", "snapshot").
     * Called on the exporting thread, so it must be quick.
     */
    void step(int done, int total, String unit);

    /** True once the export should stop. Any thread may raise it; exporters read it between pieces. */
    boolean cancelled();

    default void throwIfCancelled() {
        if (cancelled()) throw new CancellationException("export cancelled");
    }

    /** Reports a finished piece, then stops the export if it was cancelled. */
    default void advance(int done, int total, String unit) {
        step(done, total, unit);
        throwIfCancelled();
    }
}
