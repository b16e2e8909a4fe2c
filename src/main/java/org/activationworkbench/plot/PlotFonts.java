package org.activationworkbench.plot;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.font.FontRenderContext;
import java.util.Arrays;

/**
 * The one font family of every plot, and the text metrics all back ends share.
 *
 * <p>Vertical anchoring is computed here from fixed proportions of the font size (those of DejaVu Sans)
 * rather than from each back end's own metrics, so PNG, SVG and Canvas place text identically.
 */
public final class PlotFonts {

    /** Preferred family; "DejaVu Sans" has every glyph we use (α, β, −, ⁻, ×, …). */
    public static final String PREFERRED_FAMILY = "DejaVu Sans";

    /** CSS font list for SVG: metric-compatible Bitstream Vera next, then generic sans. */
    public static final String CSS_FAMILY = "'DejaVu Sans', 'Bitstream Vera Sans', Verdana, sans-serif";

    static final double ASCENT = 0.93;
    static final double DESCENT = 0.24;
    static final double CAP_HEIGHT = 0.73;

    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
    private static volatile String awtFamily;

    private PlotFonts() {
    }

    /** The AWT family actually used: DejaVu Sans when installed, otherwise the logical SansSerif. */
    public static String awtFamily() {
        String f = awtFamily;
        if (f == null) {
            String[] names = GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames();
            f = Arrays.asList(names).contains(PREFERRED_FAMILY) ? PREFERRED_FAMILY : Font.SANS_SERIF;
            awtFamily = f;
        }
        return f;
    }

    /** An AWT font of the plot family; sizes are fractional (float) so scaling stays exact. */
    public static Font awtFont(double size, boolean bold) {
        return new Font(awtFamily(), bold ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) size);
    }

    /** Advance width with fractional metrics, independent of any Graphics. */
    public static double awtTextWidth(Font font, String s) {
        return font.getStringBounds(s, FRC).getWidth();
    }

    /** Distance from the anchor point down to the baseline for a vertical anchor. */
    public static double baselineOffset(Painter.VAlign v, double size) {
        return switch (v) {
            case TOP -> ASCENT * size;
            case MIDDLE -> CAP_HEIGHT * size / 2;
            case BASELINE -> 0;
            case BOTTOM -> -DESCENT * size;
        };
    }

    /** Distance along the text from the anchor point to where the text starts. */
    public static double startOffset(Painter.HAlign h, double width) {
        return switch (h) {
            case LEFT -> 0;
            case CENTER -> -width / 2;
            case RIGHT -> -width;
        };
    }

    /** Height a line of text takes in a layout (ascent + descent). */
    public static double lineHeight(double size) {
        return (ASCENT + DESCENT) * size;
    }
}
