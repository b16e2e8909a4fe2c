package org.activationworkbench.plot;

/**
 * The few drawing primitives every plot needs. Figures are written against this interface only,
 * so the live Canvas, the PNG and the SVG export draw exactly the same thing.
 *
 * <p>Coordinates are in figure units (1 unit = 1 pt at scale 1), y pointing down. State (colour,
 * stroke, font, clip) persists until changed; {@link #save()}/{@link #restore()} bracket temporary changes.
 * Every back end uses the one font family of {@link PlotFonts}.
 */
public interface Painter {

    enum HAlign { LEFT, CENTER, RIGHT }

    /** Vertical anchor of a text: the anchor point is at its top, its optical middle, its baseline or its bottom. */
    enum VAlign { TOP, MIDDLE, BASELINE, BOTTOM }

    void setColor(Rgba color);

    /** Line width and dash pattern ({@code null} or empty for solid). */
    void setStroke(double width, double[] dashes);

    void setFont(double size, boolean bold);

    void line(double x1, double y1, double x2, double y2);

    /** Open polyline through the first {@code n} points; callers split at gaps (NaN) themselves. */
    void polyline(double[] xs, double[] ys, int n);

    void fillRect(double x, double y, double w, double h);

    /**
     * Fills the closed polygon through the first {@code n} points (bands between two curves). The default only
     * outlines it; back ends that can fill override this.
     */
    default void fillPolygon(double[] xs, double[] ys, int n) {
        if (n < 2) return;
        double[] cx = java.util.Arrays.copyOf(xs, n + 1);
        double[] cy = java.util.Arrays.copyOf(ys, n + 1);
        cx[n] = xs[0];
        cy[n] = ys[0];
        polyline(cx, cy, n + 1);
    }

    void strokeRect(double x, double y, double w, double h);

    void fillCircle(double cx, double cy, double r);

    void strokeCircle(double cx, double cy, double r);

    /** Horizontal text anchored at (x, y). */
    void text(String s, double x, double y, HAlign h, VAlign v);

    /** Text rotated 90° counter-clockwise (reading upwards), anchors taken along its own direction. */
    void textUp(String s, double x, double y, HAlign h, VAlign v);

    /** Advance width of {@code s} in the current font. */
    double textWidth(String s);

    /** Pushes colour, stroke, font and clip. */
    void save();

    void restore();

    /** Intersects the clip with a rectangle until the matching {@link #restore()}. */
    void clip(double x, double y, double w, double h);
}
