package org.activationworkbench.plot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Small multiples of x–y line charts with dots (accuracy against depth, variance against layer, accuracy against
 * ε): one legend for the whole figure, keyed by series label, so the same series keeps its colour in every panel.
 */
public final class LineChart implements Figure {

    /**
     * One line: its legend label, points (NaN breaks the line), a colour index into the theme, solid or dashed,
     * and optionally a shaded band from lo to hi at every x (the spread across seeds; null = none).
     */
    public record Series(String label, double[] x, double[] y, int color, boolean dashed, double[] lo, double[] hi) {
        public Series {
            if ((lo == null) != (hi == null)) throw new IllegalArgumentException("a band needs both lo and hi");
        }

        public Series(String label, double[] x, double[] y, int color, boolean dashed) {
            this(label, x, y, color, dashed, null, null);
        }

        public static Series of(String label, double[] x, double[] y, int color) {
            return new Series(label, x, y, color, false);
        }

        /** A solid line with a band: the mean across seeds and its spread. */
        public static Series withBand(String label, double[] x, double[] y, double[] lo, double[] hi, int color) {
            return new Series(label, x, y, color, false, lo, hi);
        }
    }

    /**
     * One plot area. {@code yFloor}/{@code yCeiling} fix a limit when finite (e.g. accuracy from 0 to 1); NaN = from
     * the data.
     */
    public record Panel(String title, String xLabel, String yLabel, boolean logX, boolean logY, List<Series> series,
                        double yFloor, double yCeiling) {
        public Panel {
            series = List.copyOf(series);
        }

        public static Panel of(String title, String xLabel, String yLabel, boolean logX, boolean logY,
                               List<Series> series) {
            return new Panel(title, xLabel, yLabel, logX, logY, series, Double.NaN, Double.NaN);
        }
    }

    private static final double MARGIN = 10;
    private static final double PLOT_W = 240;
    private static final double PLOT_H = 165;
    private static final double TITLE = 16;
    private static final double[] DASH = {5, 3};

    private final String title;
    private final String subtitle;
    private final List<Panel> panels;
    private final int cols;

    public LineChart(String title, String subtitle, List<Panel> panels, int maxColumns) {
        if (panels.isEmpty()) throw new IllegalArgumentException("a chart needs at least one panel");
        this.title = title == null ? "" : title;
        this.subtitle = subtitle == null ? "" : subtitle;
        this.panels = List.copyOf(panels);
        this.cols = Math.max(1, Math.min(maxColumns, panels.size()));
    }

    private int rows() {
        return (panels.size() + cols - 1) / cols;
    }

    @Override
    public double preferredWidth() {
        return 2 * MARGIN + cols * (PLOT_W + 60) + (cols - 1) * 14;
    }

    @Override
    public double preferredHeight() {
        int legendRows = Math.max(1, (legendLabels().size() + 3) / 4);
        return 2 * MARGIN + 44 + legendRows * 16 + rows() * (TITLE + PLOT_H + 34) + (rows() - 1) * 10;
    }

    @Override
    public void draw(Painter p, double width, double height, Theme t) {
        Rect box = FigureHeader.background(p, t, width, height, MARGIN);
        double y = FigureHeader.draw(p, t, title, subtitle, box);
        List<LegendEntry> legend = new ArrayList<>();
        for (Series s : legendLabels().values()) {
            legend.add(s.dashed() ? LegendEntry.dashed(s.label(), t.seriesColor(s.color()), t.lineWidth() * 1.3, DASH)
                    : LegendEntry.line(s.label(), t.seriesColor(s.color()), t.lineWidth() * 1.3));
        }
        double lh = Legend.height(p, t, legend, box.w());
        Legend.draw(p, t, legend, new Rect(box.x(), y, box.w(), lh));
        y += lh + 6;
        Rect body = new Rect(box.x(), y, box.w(), box.bottom() - y);
        double left = 0;
        for (Panel panel : panels) left = Math.max(left, Axes.leftRoom(p, t, yScale(panel, PLOT_H, 0), true, true));
        PanelGrid grid = new PanelGrid(body, new PanelGrid.Spec(rows(), cols, false, left,
                Axes.bottomRoom(t, true, true), TITLE, 0, 14, 10, 8));
        for (int i = 0; i < panels.size(); i++) {
            Panel panel = panels.get(i);
            Rect plot = grid.plot(i / cols, i % cols);
            Scale sx = xScale(panel, plot.x(), plot.right());
            Scale sy = yScale(panel, plot.bottom(), plot.y());
            Axes axes = new Axes(plot, sx, sy, panel.xLabel(), panel.yLabel(), true, true);
            axes.drawBackground(p, t);
            p.save();
            p.clip(plot.x() - 4, plot.y() - 4, plot.w() + 8, plot.h() + 8);
            for (Series s : panel.series()) {
                if (s.lo() == null) continue;
                p.setColor(t.seriesColor(s.color()).withAlpha(0.16));
                Curves.band(p, sx, sy, s.x(), s.lo(), s.hi());
            }
            for (Series s : panel.series()) {
                Rgba c = t.seriesColor(s.color());
                p.setColor(c);
                p.setStroke(t.lineWidth() * 1.3, s.dashed() ? DASH : null);
                Curves.draw(p, sx, sy, s.x(), s.y());
                if (s.x().length <= 60) Curves.dots(p, sx, sy, s.x(), s.y(), s.x().length, 2.2);
            }
            p.restore();
            axes.drawFrame(p, t);
            p.setColor(t.text());
            p.setFont(t.titleSize(), true);
            p.text(Texts.ellipsize(p, panel.title(), plot.w()), plot.centerX(), plot.y() - 4, Painter.HAlign.CENTER,
                    Painter.VAlign.BOTTOM);
        }
    }

    /** Distinct series by label, first occurrence wins (its colour and dash). */
    private Map<String, Series> legendLabels() {
        Map<String, Series> m = new LinkedHashMap<>();
        for (Panel panel : panels) {
            for (Series s : panel.series()) m.putIfAbsent(s.label(), s);
        }
        return m;
    }

    private static Scale xScale(Panel panel, double p0, double p1) {
        double[] r = range(panel, true, panel.logX());
        if (panel.logX()) return Scale.log(r[0] / 1.15, r[1] * 1.15, p0, p1);
        double pad = (r[1] - r[0]) * 0.04;
        return Scale.linear(r[0] - pad, r[1] + pad, p0, p1);
    }

    private static Scale yScale(Panel panel, double p0, double p1) {
        double[] r = range(panel, false, panel.logY());
        if (panel.logY()) {
            double lo = Double.isFinite(panel.yFloor()) ? panel.yFloor() : r[0] / 1.5;
            double hi = Double.isFinite(panel.yCeiling()) ? panel.yCeiling() : r[1] * 1.5;
            return Scale.log(lo, hi, p0, p1);
        }
        double[] padded = YLimits.pad(r[0], r[1]);
        double lo = Double.isFinite(panel.yFloor()) ? panel.yFloor() : padded[0];
        double hi = Double.isFinite(panel.yCeiling()) ? panel.yCeiling() : padded[1];
        return Scale.linear(lo, hi, p0, p1);
    }

    /** Finite (and, on a log axis, positive) data range of x or y over the panel's series. */
    private static double[] range(Panel panel, boolean x, boolean log) {
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (Series s : panel.series()) {
            for (double[] v : x ? new double[][] {s.x()} : s.lo() == null ? new double[][] {s.y()}
                    : new double[][] {s.y(), s.lo(), s.hi()}) {
                for (double d : v) {
                    if (Double.isFinite(d) && (!log || d > 0)) {
                        lo = Math.min(lo, d);
                        hi = Math.max(hi, d);
                    }
                }
            }
        }
        if (!(lo <= hi)) return log ? new double[] {0.1, 10} : new double[] {0, 1};
        if (log && hi / lo < 1.01) return new double[] {lo / 2, hi * 2};
        return new double[] {lo, hi};
    }
}
