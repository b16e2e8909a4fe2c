package org.activationworkbench.plot;

import java.util.ArrayList;
import java.util.List;

/**
 * Named scalars over training time, e.g. dynActivation's α and β per layer: how a family moves between
 * its base nonlinearity and a straight line. One line per trace, a dot at its latest value.
 */
public final class TrajectoryPlot implements Figure {

    /** One scalar over time: xs ascending (step), ys its values. */
    public record Trace(String name, double[] xs, double[] ys) { }

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
    public double preferredWidth() {
        return 360;
    }

    @Override
    public double preferredHeight() {
        return 200;
    }

    @Override
    public void draw(Painter p, double width, double height, Theme t) {
        Rect box = FigureHeader.background(p, t, width, height, MARGIN);
        double y = FigureHeader.draw(p, t, title, "", box);
        List<LegendEntry> legend = new ArrayList<>();
        for (int i = 0; i < traces.size(); i++) {
            legend.add(LegendEntry.line(traces.get(i).name(), t.seriesColor(i), t.lineWidth() * 1.2));
        }
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
        Axes axes = new Axes(plot, sx, sy, xLabel, null, true, true);
        axes.drawBackground(p, t);
        p.save();
        p.clip(plot.x() - 4, plot.y() - 4, plot.w() + 8, plot.h() + 8);
        int columns = (int) Math.ceil(plot.w() * 2);
        for (int i = 0; i < traces.size(); i++) {
            Trace tr = traces.get(i);
            double[][] r = ColumnReducer.reduce(tr.xs(), tr.ys(), tr.xs().length, xlo, xhi, columns);
            p.setColor(t.seriesColor(i));
            p.setStroke(t.lineWidth() * 1.2, null);
            Curves.draw(p, sx, sy, r[0], r[1]);
            int n = tr.xs().length;
            if (n > 0) Curves.dots(p, sx, sy, new double[] {tr.xs()[n - 1]}, new double[] {tr.ys()[n - 1]}, 1, 2.6);
        }
        if (Double.isFinite(cursor) && sx.contains(cursor)) {
            p.setColor(t.mutedText());
            p.setStroke(t.thinWidth(), new double[] {3, 3});
            p.line(sx.map(cursor), plot.y(), sx.map(cursor), plot.bottom());
        }
        p.restore();
        axes.drawFrame(p, t);
    }
}
