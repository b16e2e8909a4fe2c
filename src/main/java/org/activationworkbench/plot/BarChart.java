package org.activationworkbench.plot;

import java.util.ArrayList;
import java.util.List;

/**
 * Grouped bars: one group per category (a task), one bar per series (equal width, equal parameters …), with the
 * value printed above or below each bar. Negative values hang below the zero line.
 */
public final class BarChart implements Figure {

    /**
     * One series: its legend label, one value per category (NaN = no bar) and optionally an error bar from lo to
     * hi per category (the spread across seeds; null = none, NaN = none for that category).
     */
    public record Series(String label, double[] values, double[] lo, double[] hi) {
        public Series {
            if ((lo == null) != (hi == null)) throw new IllegalArgumentException("an error bar needs both lo and hi");
        }

        public Series(String label, double[] values) {
            this(label, values, null, null);
        }
    }

    private static final double MARGIN = 10;
    private static final double PLOT_H = 190;
    private static final double PER_CATEGORY = 74;

    private final String title;
    private final String subtitle;
    private final String yLabel;
    private final List<String> categories;
    private final List<Series> series;
    private final String valueFormat;

    /** @param valueFormat format of the printed values, e.g. "%.0f%%" */
    public BarChart(String title, String subtitle, String yLabel, List<String> categories, List<Series> series,
                    String valueFormat) {
        this.title = title == null ? "" : title;
        this.subtitle = subtitle == null ? "" : subtitle;
        this.yLabel = yLabel;
        this.categories = List.copyOf(categories);
        this.series = List.copyOf(series);
        this.valueFormat = valueFormat;
    }

    @Override
    public double preferredWidth() {
        return Math.max(360, 2 * MARGIN + 60 + categories.size() * PER_CATEGORY);
    }

    @Override
    public double preferredHeight() {
        return 2 * MARGIN + 60 + PLOT_H + 46;
    }

    @Override
    public void draw(Painter p, double width, double height, Theme t) {
        Rect box = FigureHeader.background(p, t, width, height, MARGIN);
        double y = FigureHeader.draw(p, t, title, subtitle, box);
        List<LegendEntry> legend = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) legend.add(LegendEntry.box(series.get(i).label(), t.seriesColor(i)));
        double lh = Legend.height(p, t, legend, box.w());
        Legend.draw(p, t, legend, new Rect(box.x(), y, box.w(), lh));
        y += lh + 8;
        double[] yr = valueRange();
        double labelRows = 2 * PlotFonts.lineHeight(t.tickSize()) + 6;
        Scale probe = Scale.linear(yr[0], yr[1], PLOT_H, 0);
        double left = Axes.leftRoom(p, t, probe, true, true);
        Rect plot = new Rect(box.x() + left, y + 10, box.w() - left - 4, box.bottom() - y - 10 - labelRows);
        Scale sy = Scale.linear(yr[0], yr[1], plot.bottom(), plot.y());
        Scale sx = Scale.linear(0, categories.size(), plot.x(), plot.right());
        Axes axes = new Axes(plot, sx, sy, null, yLabel, false, true);
        axes.drawBackground(p, t);
        double slot = plot.w() / categories.size();
        double barW = Math.min(22, slot * 0.8 / Math.max(1, series.size()));
        double zero = sy.map(Math.max(yr[0], Math.min(yr[1], 0)));
        p.setFont(t.tickSize() - 1, false);
        for (int c = 0; c < categories.size(); c++) {
            double start = plot.x() + c * slot + (slot - barW * series.size()) / 2;
            for (int s = 0; s < series.size(); s++) {
                double v = series.get(s).values()[c];
                if (!Double.isFinite(v)) continue;
                double top = sy.map(Math.max(yr[0], Math.min(yr[1], v)));
                double x = start + s * barW;
                p.setColor(t.seriesColor(s));
                p.fillRect(x + 1, Math.min(top, zero), barW - 2, Math.abs(zero - top));
                double[] whisker = whisker(series.get(s), c, yr, sy);
                if (whisker != null) {
                    p.setColor(t.text());
                    p.setStroke(t.thinWidth(), null);
                    double cx = x + barW / 2, cap = Math.min(3, barW / 4);
                    p.line(cx, whisker[0], cx, whisker[1]);
                    p.line(cx - cap, whisker[0], cx + cap, whisker[0]);
                    p.line(cx - cap, whisker[1], cx + cap, whisker[1]);
                    top = v >= 0 ? Math.min(top, whisker[1]) : Math.max(top, whisker[0]);
                }
                p.setColor(t.text());
                String label = String.format(java.util.Locale.ROOT, valueFormat, v);
                if (label.matches("-0*[.,]?0*\\D*")) label = label.substring(1);   // "-0" from a tiny negative
                p.text(label, x + barW / 2, v >= 0 ? top - 1.5 : top + 1.5, Painter.HAlign.CENTER,
                        v >= 0 ? Painter.VAlign.BOTTOM : Painter.VAlign.TOP);
            }
        }
        p.setColor(t.frame());
        p.setStroke(t.thinWidth(), null);
        p.line(plot.x(), zero, plot.right(), zero);
        axes.drawFrame(p, t);
        p.setColor(t.text());
        p.setFont(t.tickSize(), false);
        for (int c = 0; c < categories.size(); c++) {
            String[] words = wrap(categories.get(c));
            double cx = plot.x() + (c + 0.5) * slot;
            for (int k = 0; k < words.length; k++) {
                p.text(Texts.ellipsize(p, words[k], slot - 2), cx,
                        plot.bottom() + 4 + k * PlotFonts.lineHeight(t.tickSize()), Painter.HAlign.CENTER,
                        Painter.VAlign.TOP);
            }
        }
    }

    /**
     * Category names of two words or more go on two lines (the first word, then the rest); a long hyphenated name
     * breaks after its last hyphen ("fashion-mnist-" / "small").
     */
    private static String[] wrap(String s) {
        int space = s.indexOf(' ');
        if (space >= 0) return new String[] {s.substring(0, space), s.substring(space + 1)};
        int hyphen = s.lastIndexOf('-');
        return s.length() > 12 && hyphen > 0 ? new String[] {s.substring(0, hyphen + 1), s.substring(hyphen + 1)}
                : new String[] {s};
    }

    /** Pixel rows {low end, high end} of a category's error bar, clamped to the axis; null when it has none. */
    private static double[] whisker(Series s, int c, double[] yr, Scale sy) {
        if (s.lo() == null || !Double.isFinite(s.lo()[c]) || !Double.isFinite(s.hi()[c])) return null;
        return new double[] {sy.map(Math.max(yr[0], Math.min(yr[1], s.lo()[c]))),
                sy.map(Math.max(yr[0], Math.min(yr[1], s.hi()[c])))};
    }

    /** The data range including zero and the error bars, padded so the printed values fit. */
    private double[] valueRange() {
        double lo = 0, hi = 0;
        for (Series s : series) {
            for (double[] values : s.lo() == null ? new double[][] {s.values()}
                    : new double[][] {s.values(), s.lo(), s.hi()}) {
                for (double v : values) {
                    if (Double.isFinite(v)) {
                        lo = Math.min(lo, v);
                        hi = Math.max(hi, v);
                    }
                }
            }
        }
        double span = Math.max(1e-9, hi - lo);
        return new double[] {lo < 0 ? lo - 0.12 * span : 0, hi > 0 ? hi + 0.12 * span : 0.05 * span};
    }
}
