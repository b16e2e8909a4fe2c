/**
 * The plot engine, free of JavaFX so the CLI, the exports and the tests draw headless, and the one drawing code of
 * the live window too.
 *
 * <p>Every plot is a {@link org.activationworkbench.plot.Figure} drawn against the small
 * {@link org.activationworkbench.plot.Painter} interface; {@link org.activationworkbench.plot.Java2DPainter}
 * (PNG), {@link org.activationworkbench.plot.SvgPainter} (SVG) and the window's CanvasPainter (ui.plot) are its
 * back ends, so the three cannot drift apart. Figures: {@link org.activationworkbench.plot.ActivationPlot},
 * {@link org.activationworkbench.plot.LossPlot}, {@link org.activationworkbench.plot.DataPlot} and the study
 * charts; {@link org.activationworkbench.plot.RunPlots} builds a run's figures from its snapshots. Shared pieces:
 * {@link org.activationworkbench.plot.Theme}, {@link org.activationworkbench.plot.Axes},
 * {@link org.activationworkbench.plot.NiceTicks}, {@link org.activationworkbench.plot.ColumnReducer}.
 */
package org.activationworkbench.plot;
