package org.activationworkbench.plot;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.activationworkbench.experiment.MetricsRow;

/**
 * Train and test loss against epoch, and a second panel of train/test accuracy when there is any.
 * Side by side in a wide box, stacked in a tall one. Long runs are thinned per pixel column before drawing.
 */
public final class LossPlot implements Figure {

    /**
     * @param logY      loss on a log10 axis (non-positive values are left out)
     * @param smoothing EMA weight in [0, 1); above 0 the smoothed curve is drawn over the faded raw one
     * @param legend    draw the legend
     */
    public record Options(boolean logY, double smoothing, boolean legend) {
        public Options {
            if (!(smoothing >= 0 && smoothing < 1)) {
                throw new IllegalArgumentException("smoothing must be in [0, 1), got " + smoothing);
            }
        }

        public static Options defaults() {
            return new Options(false, 0, true);
        }
    }

    /** One line: finite points only, in row order. */
    private record Series(String name, double[] x, double[] y, Rgba color) { }

    private static final double MARGIN = 10;
    /** Sparse series (e.g. one test evaluation per epoch) get a dot per point. */
    private static final int DOTS_UP_TO = 40;

    private final String title;
    private final String subtitle;
    private final List<MetricsRow> rows;
    private final Options options;
    private boolean stepAxis;
    private double cursor = Double.NaN;
    private List<Mark> marks = List.of();

    /** A labelled moment on the x axis (in the axis' unit): a procedure's phase change. */
    public record Mark(double x, String label) { }
    private volatile List<PlotFrame> frames = List.of();

    public LossPlot(String title, String subtitle, List<MetricsRow> rows) {
        this(title, subtitle, rows, Options.defaults());
    }

    public LossPlot(String title, String subtitle, List<MetricsRow> rows, Options options) {
        this.title = title == null ? "" : title;
        this.subtitle = subtitle == null ? "" : subtitle;
        this.rows = List.copyOf(rows);
        this.options = options;
    }

    @Override
    public String describe() {
        return Descriptions.losses(rows);
    }

    /** Plots against the training step instead of the epoch (the live view's choice). */
    public LossPlot stepAxis(boolean steps) {
        this.stepAxis = steps;
        return this;
    }

    /** Marks one moment (in the x axis' unit) with a vertical line: the timeline's position. */
    public LossPlot cursor(double x) {
        this.cursor = x;
        return this;
    }

    /** Labelled vertical marks (a procedure's phase changes), in the x axis' unit. */
    public LossPlot marks(List<Mark> m) {
        this.marks = List.copyOf(m);
        return this;
    }

    /** The plot areas of the last draw (loss, then accuracy), for hover read-outs. */
    public List<PlotFrame> frames() {
        return frames;
    }

    private double xOf(MetricsRow r) {
        return stepAxis ? r.step() / stepUnit() : r.epoch();
    }

    /** Long runs count steps in thousands, so tick labels stay short. */
    public double stepUnit() {
        long last = rows.isEmpty() ? 0 : rows.get(rows.size() - 1).step();
        return stepAxis && last >= 10_000 ? 1000 : 1;
    }

    private boolean hasAccuracy() {
        return rows.stream().anyMatch(r -> Double.isFinite(r.trainAccuracy()) || Double.isFinite(r.testAccuracy()));
    }

    @Override
    public double preferredWidth() {
        return hasAccuracy() ? 600 : 340;
    }

    @Override
    public double preferredHeight() {
        return 250;
    }

    @Override
    public void draw(Painter p, double width, double height, Theme t) {
        Rect box = FigureHeader.background(p, t, width, height, MARGIN);
        double y = FigureHeader.draw(p, t, title, subtitle, box);
        List<Series> loss = List.of(
                series("train", MetricsRow::trainLoss, t.curve(), options.logY()),
                series("test", MetricsRow::testLoss, t.accent(), options.logY()));
        List<Series> acc = List.of(
                series("train", MetricsRow::trainAccuracy, t.curve(), false),
                series("test", MetricsRow::testAccuracy, t.accent(), false));
        if (options.legend()) {
            List<LegendEntry> legend = legend(t, loss, acc);
            double lh = Legend.height(p, t, legend, box.w());
            Legend.draw(p, t, legend, new Rect(box.x(), y, box.w(), lh));
            y += lh + 6;
        }
        Rect body = new Rect(box.x(), y, box.w(), box.bottom() - y);

        boolean twoPanels = hasAccuracy();
        boolean sideBySide = !twoPanels || body.w() >= 1.3 * body.h();
        double[] xr = epochRange();
        List<PanelSpec> panels = new ArrayList<>();
        panels.add(new PanelSpec(options.logY() ? "loss (log scale)" : "loss", loss, options.logY()));
        if (twoPanels) {
            panels.add(new PanelSpec("accuracy", acc, false));
        }
        double left = 0;
        for (PanelSpec ps : panels) {
            left = Math.max(left, Axes.leftRoom(p, t, yScale(ps, 0, body.h() * 0.7), true, true));
        }
        int cols = sideBySide ? panels.size() : 1;
        int rowsN = sideBySide ? 1 : panels.size();
        PanelGrid grid = new PanelGrid(body, new PanelGrid.Spec(rowsN, cols, false, left,
                Axes.bottomRoom(t, true, true), 4, 0, 22, 10, 6));
        List<PlotFrame> drawn = new ArrayList<>();
        for (int i = 0; i < panels.size(); i++) {
            Rect plot = sideBySide ? grid.plot(0, i) : grid.plot(i, 0);
            drawn.add(drawPanel(p, t, panels.get(i), plot, xr));
        }
        frames = List.copyOf(drawn);
    }

    private record PanelSpec(String yLabel, List<Series> series, boolean log) { }

    private PlotFrame drawPanel(Painter p, Theme t, PanelSpec ps, Rect plot, double[] xr) {
        Scale sx = Scale.linear(xr[0], xr[1], plot.x(), plot.right());
        Scale sy = yScale(ps, plot.bottom(), plot.y());
        Axes axes = new Axes(plot, sx, sy, stepAxis ? (stepUnit() > 1 ? "step (thousands)" : "step") : "epoch", ps.yLabel(), true, true);
        axes.drawBackground(p, t);
        p.save();
        p.clip(plot.x() - 3, plot.y() - 3, plot.w() + 6, plot.h() + 6);  // room for end dots
        int columns = (int) Math.ceil(plot.w() * 2);
        for (Series s : ps.series()) {
            boolean smooth = options.smoothing() > 0 && s.y().length > DOTS_UP_TO;
            double[][] raw = ColumnReducer.reduce(s.x(), s.y(), s.x().length, xr[0], xr[1], columns);
            p.setColor(smooth ? s.color().withAlpha(0.25) : s.color());
            p.setStroke(smooth ? t.thinWidth() : t.lineWidth() * 1.2, null);
            Curves.draw(p, sx, sy, raw[0], raw[1]);
            if (smooth) {
                double[] ema = Ema.smooth(s.y(), options.smoothing());
                double[][] r = ColumnReducer.reduce(s.x(), ema, ema.length, xr[0], xr[1], columns);
                p.setColor(s.color());
                p.setStroke(t.lineWidth() * 1.2, null);
                Curves.draw(p, sx, sy, r[0], r[1]);
            }
            if (s.y().length <= DOTS_UP_TO) {
                p.setColor(s.color());
                Curves.dots(p, sx, sy, s.x(), s.y(), s.x().length, 2.2);
            }
        }
        for (Mark m : marks) {
            if (!sx.contains(m.x())) continue;
            double px = sx.map(m.x());
            p.setColor(t.warning().withAlpha(0.7));
            p.setStroke(t.thinWidth(), new double[] {5, 3});
            p.line(px, plot.y(), px, plot.bottom());
            p.setFont(t.noteSize(), false);
            p.text(m.label(), px + 3, plot.y() + 2, Painter.HAlign.LEFT, Painter.VAlign.TOP);
        }
        if (Double.isFinite(cursor) && sx.contains(cursor)) {
            p.setColor(t.mutedText());
            p.setStroke(t.thinWidth(), new double[] {3, 3});
            p.line(sx.map(cursor), plot.y(), sx.map(cursor), plot.bottom());
        }
        p.restore();
        axes.drawFrame(p, t);
        return new PlotFrame(plot, sx, sy);
    }

    private Scale yScale(PanelSpec ps, double p0, double p1) {
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (Series s : ps.series()) {
            for (double v : s.y()) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        if (!(lo <= hi)) {
            return ps.log() ? Scale.log(0.1, 10, p0, p1) : Scale.linear(0, 1, p0, p1);
        }
        if (ps.log()) {
            double decades = Math.max(0.3, Math.log10(hi / lo));
            double f = Math.pow(10, 0.06 * decades);
            return Scale.log(lo / f, hi * f, p0, p1);
        }
        double[] r = YLimits.pad(lo, hi);
        return Scale.linear(r[0], r[1], p0, p1);
    }

    private double[] epochRange() {
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (MetricsRow r : rows) {
            if (Double.isFinite(xOf(r))) {
                lo = Math.min(lo, xOf(r));
                hi = Math.max(hi, xOf(r));
            }
        }
        if (!(lo < hi)) {
            // one row (step 0): an axis from there on, never into negative steps or epochs
            double c = lo <= hi ? lo : 0;
            return c >= 0 && c < 0.5 ? new double[] {0, 1} : new double[] {c - 0.5, c + 0.5};
        }
        return NiceTicks.extendToTicks(lo, hi, 5);   // the last epoch gets a labelled tick
    }

    /** The finite values of one column (positive only on a log axis) against epoch or step. */
    private Series series(String name, ToDoubleFunction<MetricsRow> column, Rgba color, boolean positiveOnly) {
        double[] x = new double[rows.size()];
        double[] y = new double[rows.size()];
        int n = 0;
        for (MetricsRow r : rows) {
            double v = column.applyAsDouble(r);
            if (Double.isFinite(v) && Double.isFinite(xOf(r)) && (!positiveOnly || v > 0)) {
                x[n] = xOf(r);
                y[n++] = v;
            }
        }
        return new Series(name, java.util.Arrays.copyOf(x, n), java.util.Arrays.copyOf(y, n), color);
    }

    private List<LegendEntry> legend(Theme t, List<Series> loss, List<Series> acc) {
        List<LegendEntry> e = new ArrayList<>();
        for (int i = 0; i < loss.size(); i++) {
            if (loss.get(i).y().length > 0 || acc.get(i).y().length > 0) {
                e.add(LegendEntry.line(loss.get(i).name(), loss.get(i).color(), t.lineWidth() * 1.2));
            }
        }
        if (options.smoothing() > 0) {
            e.add(LegendEntry.line("raw, before EMA " + TickFormat.number(options.smoothing(), 2) + " smoothing",
                    t.mutedText().withAlpha(0.4), t.thinWidth()));
        }
        return e;
    }
}
