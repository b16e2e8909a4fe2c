package org.activationworkbench.cli;

import java.io.PrintStream;

/** A one-line progress bar on stderr, drawn only when stderr is a terminal (silent otherwise). */
final class ProgressBar {

    private static final int WIDTH = 30;
    private final PrintStream err;
    private final String label;
    private final int total;

    private ProgressBar(PrintStream err, String label, int total) {
        this.err = err;
        this.label = label;
        this.total = total;
    }

    static ProgressBar onTerminal(String label, int total) {
        return new ProgressBar(System.console() != null ? System.err : null, label, total);
    }

    void update(int done, String detail) {
        if (err == null || total <= 0) return;
        int filled = (int) Math.round(WIDTH * done / (double) total);
        err.print("\r" + label + " [" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total
                + "  " + detail + "   ");
        err.flush();
    }

    void done() {
        if (err != null && total > 0) err.println();
    }
}
