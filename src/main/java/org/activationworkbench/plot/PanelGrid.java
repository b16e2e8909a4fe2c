package org.activationworkbench.plot;

/**
 * Places rows × cols plot areas in a box so that panels align: equal plot sizes, a gutter on the left for
 * y tick labels and below for x ticks. With shared axes only the outer panels get that room (small multiples).
 *
 * <p>Per cell, top to bottom: title, plot area, x-axis room, then {@code below} (bar inset, notes).
 */
final class PanelGrid {

    record Spec(int rows, int cols, boolean shared, double left, double bottom, double title, double below,
                double colGap, double rowGap, double right) { }

    private final Rect box;
    private final Spec s;
    private final double plotW;
    private final double plotH;

    PanelGrid(Rect box, Spec s) {
        this.box = box;
        this.s = s;
        double lefts = s.shared() ? s.left() : s.cols() * s.left();
        double bottoms = s.shared() ? s.bottom() : s.rows() * s.bottom();
        plotW = Math.max(10, (box.w() - lefts - (s.cols() - 1) * s.colGap() - s.right()) / s.cols());
        plotH = Math.max(10, (box.h() - s.rows() * (s.title() + s.below()) - bottoms - (s.rows() - 1) * s.rowGap())
                / s.rows());
    }

    /** Total height needed for a given plot height (inverse of the constructor's arithmetic). */
    static double heightFor(Spec s, double plotH) {
        double bottoms = s.shared() ? s.bottom() : s.rows() * s.bottom();
        return s.rows() * (s.title() + plotH + s.below()) + bottoms + (s.rows() - 1) * s.rowGap();
    }

    /** Total width needed for a given plot width. */
    static double widthFor(Spec s, double plotW) {
        double lefts = s.shared() ? s.left() : s.cols() * s.left();
        return s.cols() * plotW + lefts + (s.cols() - 1) * s.colGap() + s.right();
    }

    Rect plot(int row, int col) {
        double rowH = s.title() + plotH + s.below() + s.rowGap() + (s.shared() ? 0 : s.bottom());
        double colW = plotW + s.colGap() + (s.shared() ? 0 : s.left());
        return new Rect(box.x() + s.left() + col * colW, box.y() + row * rowH + s.title(), plotW, plotH);
    }

    boolean xTicks(int row) {
        return !s.shared() || row == s.rows() - 1;
    }

    boolean yTicks(int col) {
        return !s.shared() || col == 0;
    }

    /** Top of the room below a cell's x axis (bar inset, notes). */
    double belowTop(int row, int col) {
        return plot(row, col).bottom() + (xTicks(row) ? s.bottom() : 0);
    }
}
