package org.activationworkbench.cli;

import org.activationworkbench.export.ExportProgress;

/**
 * Export progress on the terminal's {@link ProgressBar} (silent when stderr is not a terminal). The bar is made at
 * the first step, when the export has said how many pieces there are; exports in one piece show none.
 */
final class TerminalExportProgress implements ExportProgress {

    private ProgressBar bar;

    @Override
    public void step(int done, int total, String unit) {
        if (bar == null) bar = ProgressBar.onTerminal("exporting", total);
        bar.update(done, unit + "s");
    }

    @Override
    public boolean cancelled() {
        return false;
    }

    /** Ends the bar's line, if there was a bar. */
    void done() {
        if (bar != null) bar.done();
    }
}
