/**
 * Plot rendering, free of JavaFX so the CLI and tests run headless.
 *
 * <p>Every plot is a {@link org.activationworkbench.export.Figure} drawn against the small
 * {@link org.activationworkbench.export.Painter} interface; {@link org.activationworkbench.export.Java2DPainter}
 * (PNG), {@link org.activationworkbench.export.SvgPainter} (SVG) and the ui package's CanvasPainter (live view)
 * are its back ends, so the three cannot drift apart. {@link org.activationworkbench.export.PlotExporter}
 * writes files atomically with metadata. Figures: {@link org.activationworkbench.export.ActivationPlot},
 * {@link org.activationworkbench.export.LossPlot}. Shared pieces: {@link org.activationworkbench.export.Theme},
 * {@link org.activationworkbench.export.Axes}, {@link org.activationworkbench.export.NiceTicks},
 * {@link org.activationworkbench.export.ColumnReducer}. Exports that repeat work (GIF frames, tables snapshot by
 * snapshot) report each piece to an {@link org.activationworkbench.export.ExportProgress} and stop when it is
 * cancelled; the CLI and the window adapt it to a terminal bar and a throttled progress bar.
 */
package org.activationworkbench.export;
