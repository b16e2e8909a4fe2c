/**
 * Files made from a run: the folder `train` writes ({@link org.activationworkbench.export.RunFiles}), figures as
 * PNG and SVG with metadata ({@link org.activationworkbench.export.PlotExporter}), animated GIFs, the numeric
 * tables, model.json, the PyTorch module and a comparison's files; {@link org.activationworkbench.export.RunExporter}
 * is the one entry the CLI's `export` and the window's File ▸ Export share. Every file is written atomically.
 * Exports that repeat work (GIF frames, tables snapshot by snapshot) report each piece to an
 * {@link org.activationworkbench.export.ExportProgress} and stop when it is cancelled; the CLI and the window adapt
 * it to a terminal bar and a throttled progress bar.
 */
package org.activationworkbench.export;
