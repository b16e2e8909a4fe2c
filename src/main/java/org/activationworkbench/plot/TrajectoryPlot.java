package org.activationworkbench.plot;

import java.util.ArrayList;
import java.util.List;

/**
 * Named scalars over training time, e.g. dynActivation's α and β per layer: how a family moves between
 * its base nonlinearity and a straight line. One line per trace, a dot at its latest value.
 */
public final class TrajectoryPlot implements Figure {

    /**
     * One scalar over time: xs ascending (step), ys its values; drawn in series colour {@code colour} with line style
     * {@code style} (0 solid, 1 dashed, 2 dotted).
     */
    public record Trace(String name, double[] xs, double[] ys, int colour, int style) {
        public Trace(String name, double[] xs, double[] ys) {
            this(name, xs, ys, -1, 0);
        }
    }

    private static final double[][] DASHES = {null, {6, 4}, {1.5, 3}};
    /** Up to this many traces get a legend entry each; more are told by colour (layer) and style (parameter). */
    private static final int OWN_ENTRIES = 6;

    private static final double MARGIN = 8;

    private final String title;
    private final String xLabel;
    private final List<Trace> traces;
    private final double cursor;

    /** @param cursor an x to mark with a vertical line (the timeline position), NaN for none */
    public TrajectoryPlot(String title, String xLabel, List<Trace> traces, double cursor) {
        this.title = title == null ? "" : title;
        this.xLabel = xLabel;
        this.traces = List.copyOf(traces);
        this.cursor = cursor;
    }

    @Override
    public String describe() {
        return Descriptions.traces(title, traces);
    }

    @Override
    public double preferredWidth() {
        return 360;
    }

    @Override
    public double preferredHeight() {
        return 200;
    }

    private Rgba colour(Theme t, int i) {
        int c = traces.get(i).colour();
        return t.seriesColor(c < 0 ? i : c);
    }

    /**
     * One entry per trace when there are few; else one per colour ("layer 2") and one per line style ("β, dashed"),
     * so a dozen lines need eight entries, not twelve look-alikes.
     */
    private List<LegendEntry> legend(Theme t) {
        List<LegendEntry> legend = new ArrayList<>();
        java.util.Set<Integer> colours = new java.util.TreeSet<>();
        java.util.Map<Integer, String> styles = new java.util.TreeMap<>();
        for (Trace tr : traces) {
            colours.add(tr.colour());
            styles.putIfAbsent(tr.style(), tr.name().split(" ")[0]);
        }
        if (traces.size() <= OWN_ENTRIES || colours.contains(-1)) {
            for (int i = 0; i < traces.size(); i++) {
                double[] dash = DASHES[Math.floorMod(traces.get(i).style(), DASHES.length)];
                legend.add(dash == null ? LegendEntry.line(traces.get(i).name(), colour(t, i), t.lineWidth() * 1.2)
                        : LegendEntry.dashed(traces.get(i).name(), colour(t, i), t.lineWidth() * 1.2, dash));
            }
            return legend;
        }
        for (int c : colours) legend.add(LegendEntry.line("layer " + (c + 1), t.seriesColor(c), t.lineWidth() * 1.6));
        for (var e : styles.entrySet()) {
            double[] dash = DASHES[Math.floorMod(e.getKey(), DASHES.length)];
            legend.add(dash == null ? LegendEntry.line(e.getValue(), t.mutedText(), t.lineWidth() * 1.2)
                    : LegendEntry.dashed(e.getValue(), t.mutedText(), t.lineWidth() * 1.2, dash));
        }
        return legend;
    }

    @Override
    public void draw(Painter p, double width, double height, Theme t) {
        Rect box = FigureHeader.background(p, t, width, height, MARGIN);
        double y = FigureHeader.draw(p, t, title, "", box);
        List<LegendEntry> legend = legend(t);
        double lh = Legend.height(p, t, legend, box.w());
        Legend.draw(p, t, legend, new Rect(box.x(), y, box.w(), lh));
        y += lh + 4;
        double xlo = Double.POSITIVE_INFINITY, xhi = Double.NEGATIVE_INFINITY;
        List<double[]> ys = new ArrayList<>();
        for (Trace tr : traces) {
            for (double v : tr.xs()) {
                xlo = Math.min(xlo, v);
                xhi = Math.max(xhi, v);
            }
            ys.add(tr.ys());
        }
        // long runs count steps in thousands: one tick format ("90", "100"), never "90000" beside "1.0e5"
        double unit = xhi >= 10_000 ? 1000 : 1;
        xlo /= unit;
        xhi /= unit;
        if (!(xlo < xhi)) {
            xlo = 0;
            xhi = Math.max(1, xhi);
        }
        double[] yr = YLimits.of(ys.toArray(new double[0][]));
        Scale probe = Scale.linear(yr[0], yr[1], 0, box.bottom() - y);
        double left = Axes.leftRoom(p, t, probe, true, false);
        Rect plot = new Rect(box.x() + left, y + 2, box.w() - left - 4,
                box.bottom() - y - 2 - Axes.bottomRoom(t, true, true));
        Scale sx = Scale.linear(xlo, xhi, plot.x(), plot.right());
        Scale sy = Scale.linear(yr[0], yr[1], plot.bottom(), plot.y());
        Axes axes = new Axes(plot, sx, sy, unit > 1 && xLabel != null ? xLabel + " (thousands)" : xLabel, null,
                true, true);
        axes.drawBackground(p, t);
        p.save();
        p.clip(plot.x() - 4, plot.y() - 4, plot.w() + 8, plot.h() + 8);
        int columns = (int) Math.ceil(plot.w() * 2);
        for (int i = 0; i < traces.size(); i++) {
            Trace tr = traces.get(i);
            double[] xs = tr.xs().clone();
            for (int k = 0; k < xs.length; k++) xs[k] /= unit;
            double[][] r = ColumnReducer.reduce(xs, tr.ys(), xs.length, xlo, xhi, columns);
            p.setColor(colour(t, i));
            p.setStroke(t.lineWidth() * 1.2, DASHES[Math.floorMod(tr.style(), DASHES.length)]);
            Curves.draw(p, sx, sy, r[0], r[1]);
            int n = xs.length;
            if (n > 0) Curves.dots(p, sx, sy, new double[] {xs[n - 1]}, new double[] {tr.ys()[n - 1]}, 1, 2.6);
        }
        double c = cursor / unit;
        if (Double.isFinite(c) && sx.contains(c)) {
            p.setColor(t.mutedText());
            p.setStroke(t.thinWidth(), new double[] {3, 3});
            p.line(sx.map(c), plot.y(), sx.map(c), plot.bottom());
        }
        p.restore();
        axes.drawFrame(p, t);
    }
}
