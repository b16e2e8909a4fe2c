/**
 * Plot rendering, free of JavaFX so the CLI and tests run headless.
 *
 * <p>Every plot is a {@link org.activationworkbench.plot.Figure} drawn against the small
 * {@link org.activationworkbench.plot.Painter} interface; {@link org.activationworkbench.plot.Java2DPainter}
 * (PNG), {@link org.activationworkbench.plot.SvgPainter} (SVG) and the ui package's CanvasPainter (live view)
 * are its back ends, so the three cannot drift apart. {@link org.activationworkbench.export.PlotExporter}
 * writes files atomically with metadata. Figures: {@link org.activationworkbench.plot.ActivationPlot},
 * {@link org.activationworkbench.plot.LossPlot}. Shared pieces: {@link org.activationworkbench.plot.Theme},
 * {@link org.activationworkbench.plot.Axes}, {@link org.activationworkbench.plot.NiceTicks},
 * {@link org.activationworkbench.plot.ColumnReducer}. Exports that repeat work (GIF frames, tables snapshot by
 * snapshot) report each piece to an {@link org.activationworkbench.export.ExportProgress} and stop when it is
 * cancelled; the CLI and the window adapt it to a terminal bar and a throttled progress bar.
 */
package org.activationworkbench.export;
