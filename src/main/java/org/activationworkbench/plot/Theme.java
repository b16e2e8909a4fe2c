package org.activationworkbench.plot;

import java.util.List;

/**
 * Colours, sizes and line widths shared by every figure. Every series colour is one of Okabe–Ito's eight
 * (colour-blind safe; docs/accessibility.md lists them): on white without the yellow (too faint), on dark without the
 * blue (too dark) and with the black drawn light. The order keeps the first four apart under deuteranopia too (orange,
 * bluish green, sky blue and blue or vermillion stay yellow, grey, light blue and dark blue or dark olive), where the
 * reddish purple would turn as grey as the green;
 * sizes are in figure units (1 unit = 1 pt at scale 1), chosen to stay legible at a paper's column width.
 *
 * @param series  colours for successive series/components, distinguishable by colour-blind readers
 * @param curve   the current learned curve
 * @param ghost   the curve at initialisation
 * @param accent  markers (knots) and the second series (test)
 */
public record Theme(String name, Rgba background, Rgba text, Rgba mutedText, Rgba frame, Rgba grid, Rgba zeroLine,
                    Rgba curve, Rgba ghost, Rgba accent, Rgba histogram, Rgba warning, List<Rgba> series,
                    double titleSize, double labelSize, double tickSize, double noteSize,
                    double curveWidth, double lineWidth, double thinWidth) {

    private static final Rgba ORANGE = Rgba.hex("#E69F00");
    private static final Rgba SKY = Rgba.hex("#56B4E9");
    private static final Rgba GREEN = Rgba.hex("#009E73");
    private static final Rgba YELLOW = Rgba.hex("#F0E442");
    private static final Rgba BLUE = Rgba.hex("#0072B2");
    private static final Rgba VERMILLION = Rgba.hex("#D55E00");
    private static final Rgba PURPLE = Rgba.hex("#CC79A7");
    private static final Rgba BLACK = Rgba.hex("#000000");
    /** Okabe–Ito's black, which vanishes on a dark background, drawn as the dark theme's text colour instead. */
    private static final Rgba BLACK_ON_DARK = Rgba.hex("#E8E8E8");

    public Theme {
        series = List.copyOf(series);
    }

    /** White background, for exports and the light window theme. */
    public static Theme light() {
        return new Theme("light", Rgba.hex("#ffffff"), Rgba.hex("#1a1a1a"), Rgba.hex("#5c5c5c"), Rgba.hex("#3a3a3a"),
                Rgba.hex("#e6e6e6"), Rgba.hex("#9a9a9a"), BLUE, Rgba.hex("#7a7a7a"), VERMILLION, Rgba.hex("#c9c9c9"),
                Rgba.hex("#b34700"), List.of(ORANGE, GREEN, SKY, BLUE, VERMILLION, PURPLE, BLACK),
                10.5, 9.5, 8.5, 8.5, 1.9, 1.3, 0.8);
    }

    /** Dark background for the dark window theme: lighter hues of the same palette. */
    public static Theme dark() {
        return new Theme("dark", Rgba.hex("#1e1f22"), Rgba.hex("#e8e8e8"), Rgba.hex("#a8a8a8"), Rgba.hex("#b0b0b0"),
                Rgba.hex("#34363a"), Rgba.hex("#6a6d72"), SKY, Rgba.hex("#9a9a9a"), ORANGE, Rgba.hex("#4a4d52"),
                Rgba.hex("#ffb36b"), List.of(ORANGE, GREEN, SKY, VERMILLION, PURPLE, YELLOW, BLACK_ON_DARK),
                10.5, 9.5, 8.5, 8.5, 1.9, 1.3, 0.8);
    }

    /** Smallest tick labels on a projector: legible from the back of a classroom. */
    public static final double PROJECTOR_TICK_SIZE = 18;

    /**
     * This theme for a projector: tick labels of {@value #PROJECTOR_TICK_SIZE} px, the other type in proportion and
     * lines twice as wide, so shapes and numbers read from the back row.
     */
    public Theme forProjector() {
        double f = PROJECTOR_TICK_SIZE / tickSize;
        return new Theme(name, background, text, mutedText, frame, grid, zeroLine, curve, ghost, accent, histogram,
                warning, series, titleSize * f * 0.95, labelSize * f * 0.95, PROJECTOR_TICK_SIZE, noteSize * f * 0.9,
                curveWidth * 2, lineWidth * 2, thinWidth * 1.6);
    }

    /** The i-th series colour, cycling. */
    public Rgba seriesColor(int i) {
        return series.get(Math.floorMod(i, series.size()));
    }

    /** Figure title size: one step above panel titles. */
    public double figureTitleSize() {
        return titleSize + 1.5;
    }
}
