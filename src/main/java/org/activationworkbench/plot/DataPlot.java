package org.activationworkbench.plot;

import java.util.ArrayList;
import java.util.List;
import org.activationworkbench.data.Dataset;
import org.activationworkbench.data.Split;
import org.activationworkbench.data.Task;
import org.activationworkbench.experiment.PredictionGrid;

/**
 * The data view of a 1-D or 2-D dataset. 2-D: the decision regions (classification; shade = confidence)
 * or the regression surface as a heatmap, with training points filled and test points as rings.
 * 1-D: the fitted function over the input line against the training and test targets.
 * Without a grid it is a plain scatter (the dataset preview).
 */
public final class DataPlot implements Figure {

    private static final double MARGIN = 8;
    private static final int MAX_POINTS = 1500;

    private final String title;
    private final Dataset data;
    private final PredictionGrid grid;
    private final boolean legend;

    public DataPlot(String title, Dataset data, PredictionGrid grid, boolean legend) {
        this.title = title == null ? "" : title;
        this.data = data;
        this.grid = grid;
        this.legend = legend;
    }

    @Override
    public String describe() {
        return Descriptions.data(data, grid);
    }

    /** True when this figure can show the dataset (one or two inputs). */
    public static boolean supports(Dataset d) {
        return d.inputs() == 2 || (d.inputs() == 1 && d.task() == Task.REGRESSION);
    }

    @Override
    public double preferredWidth() {
        return 360;
    }

    @Override
    public double preferredHeight() {
        return 360;
    }

    @Override
    public void draw(Painter p, double width, double height, Theme t) {
        Rect box = FigureHeader.background(p, t, width, height, MARGIN);
        double y = FigureHeader.draw(p, t, title, "", box);
        if (legend) {
            List<LegendEntry> e = legendEntries(t);
            double lh = Legend.height(p, t, e, box.w());
            Legend.draw(p, t, e, new Rect(box.x(), y, box.w(), lh));
            y += lh + 4;
        }
        Rect body = new Rect(box.x(), y, box.w(), box.bottom() - y);
        if (data.inputs() == 2) {
            drawPlane(p, t, body);
        } else {
            drawLine(p, t, body);
        }
    }

    private List<LegendEntry> legendEntries(Theme t) {
        List<LegendEntry> e = new ArrayList<>();
        e.add(LegendEntry.dot("train", t.mutedText()));
        e.add(LegendEntry.dot("test (ring)", t.mutedText().withAlpha(0.5)));
        if (grid != null && data.inputs() == 1) e.add(LegendEntry.line("network", t.curve(), t.curveWidth()));
        return e;
    }

    // ---- 2-D ----

    private void drawPlane(Painter p, Theme t, Rect body) {
        double[] xr = grid != null ? new double[] {grid.xLo(), grid.xHi()} : range(data.train(), 0);
        double[] yr = grid != null ? new double[] {grid.yLo(), grid.yHi()} : range(data.train(), 1);
        Scale probe = Scale.linear(yr[0], yr[1], 0, body.h());
        double left = Axes.leftRoom(p, t, probe, true, true);
        double bottom = Axes.bottomRoom(t, true, true);
        double side = Math.max(10, Math.min(body.w() - left - 4, body.h() - bottom - 4));
        Rect plot = new Rect(body.x() + left + (body.w() - left - 4 - side) / 2, body.y() + 2, side, side);
        Scale sx = Scale.linear(xr[0], xr[1], plot.x(), plot.right());
        Scale sy = Scale.linear(yr[0], yr[1], plot.bottom(), plot.y());
        String fx = data.featureNames().size() > 0 ? data.featureNames().get(0) : "x₁";
        String fy = data.featureNames().size() > 1 ? data.featureNames().get(1) : "x₂";
        Axes axes = new Axes(plot, sx, sy, fx, fy, true, true);
        double[] vr = valueRange();
        p.save();
        p.clip(plot.x(), plot.y(), plot.w(), plot.h());
        if (grid != null) {
            heatmap(p, t, plot, vr);
        }
        p.restore();
        axes.drawBackground(p, t);
        p.save();
        p.clip(plot.x(), plot.y(), plot.w(), plot.h());
        points(p, t, data.train(), sx, sy, true, vr);
        points(p, t, data.test(), sx, sy, false, vr);
        p.restore();
        axes.drawFrame(p, t);
    }

    private void heatmap(Painter p, Theme t, Rect plot, double[] vr) {
        double cw = plot.w() / grid.nx(), ch = plot.h() / grid.ny();
        int classes = Math.max(2, data.outputs());
        for (int j = 0; j < grid.ny(); j++) {
            for (int i = 0; i < grid.nx(); i++) {
                int c = j * grid.nx() + i;
                Rgba col;
                if (!Float.isFinite(grid.value()[c])) {
                    col = t.background();   // a diverged network predicts nothing here
                } else if (data.task() == Task.CLASSIFICATION) {
                    double chance = 1.0 / classes;
                    double conf = Float.isFinite(grid.confidence()[c]) ? grid.confidence()[c] : chance;
                    double strength = Math.min(1, Math.max(0, (conf - chance) / (1 - chance)));
                    col = t.seriesColor((int) grid.value()[c]).withAlpha(0.12 + 0.43 * strength);
                } else {
                    col = diverging(t, grid.value()[c], vr);
                }
                p.setColor(t.background().mix(col.withAlpha(1), col.alpha()));   // opaque: no seams where cells overlap
                // cells overlap by a hair so no seams show between them
                p.fillRect(plot.x() + i * cw, plot.bottom() - (j + 1) * ch, cw + 0.6, ch + 0.6);
            }
        }
    }

    private void points(Painter p, Theme t, Split s, Scale sx, Scale sy, boolean filled, double[] vr) {
        int in = data.inputs();
        int step = Math.max(1, s.rows() / MAX_POINTS);
        double r = s.rows() > 600 ? 2.2 : 3.0;
        for (int k = 0; k < s.rows(); k += step) {
            double px = sx.map(s.x()[k * in]), py = sy.map(s.x()[k * in + 1]);
            Rgba c = s.labels() != null ? t.seriesColor(s.labels()[k])
                    : diverging(t, s.targets()[k * data.outputs()], vr).withAlpha(1);
            if (filled) {
                p.setColor(t.background());
                p.fillCircle(px, py, r + 0.9);
                p.setColor(c);
                p.fillCircle(px, py, r);
            } else {
                p.setColor(t.background());
                p.setStroke(t.lineWidth() + 1.4, null);
                p.strokeCircle(px, py, r);
                p.setColor(c);
                p.setStroke(t.lineWidth(), null);
                p.strokeCircle(px, py, r);
            }
        }
    }

    /** Blue (the theme's curve colour) below the middle of the target range, orange above, paler towards the middle. */
    private static Rgba diverging(Theme t, double v, double[] vr) {
        double mid = (vr[0] + vr[1]) / 2, half = Math.max(1e-9, (vr[1] - vr[0]) / 2);
        double u = Double.isFinite(v) ? Math.max(-1, Math.min(1, (v - mid) / half)) : 0;
        Rgba base = u < 0 ? t.curve() : t.seriesColor(0);
        return base.withAlpha(0.08 + 0.6 * Math.abs(u));
    }

    private double[] valueRange() {
        if (data.task() == Task.CLASSIFICATION) return new double[] {0, 1};
        float[] y = data.train().targets();
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < data.train().rows(); i++) {
            lo = Math.min(lo, y[i * data.outputs()]);
            hi = Math.max(hi, y[i * data.outputs()]);
        }
        return lo < hi ? new double[] {lo, hi} : new double[] {-1, 1};
    }

    private static double[] range(Split s, int col) {
        int in = s.x().length / Math.max(1, s.rows());
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (int r = 0; r < s.rows(); r++) {
            lo = Math.min(lo, s.x()[r * in + col]);
            hi = Math.max(hi, s.x()[r * in + col]);
        }
        double pad = 0.08 * (hi - lo) + 1e-6;
        return lo <= hi ? new double[] {lo - pad, hi + pad} : new double[] {-1, 1};
    }

    // ---- 1-D ----

    private void drawLine(Painter p, Theme t, Rect body) {
        double[] xr = grid != null ? new double[] {grid.xLo(), grid.xHi()} : range(data.train(), 0);
        double[] vr = valueRange();
        double[] pred = null;
        double[] xs = null;
        if (grid != null) {
            pred = new double[grid.nx()];
            xs = new double[grid.nx()];
            for (int i = 0; i < grid.nx(); i++) {
                xs[i] = grid.xLo() + (grid.xHi() - grid.xLo()) * i / (grid.nx() - 1);
                pred[i] = grid.value()[i];
            }
        }
        double[] yr = YLimits.pad(vr[0], vr[1]);
        Scale probe = Scale.linear(yr[0], yr[1], 0, body.h());
        double left = Axes.leftRoom(p, t, probe, true, true);
        Rect plot = new Rect(body.x() + left, body.y() + 2, body.w() - left - 4,
                body.h() - 4 - Axes.bottomRoom(t, true, true));
        Scale sx = Scale.linear(xr[0], xr[1], plot.x(), plot.right());
        Scale sy = Scale.linear(yr[0], yr[1], plot.bottom(), plot.y());
        Axes axes = new Axes(plot, sx, sy, "x (standardised)", "y", true, true);
        axes.drawBackground(p, t);
        p.save();
        p.clip(plot.x(), plot.y(), plot.w(), plot.h());
        scatter1d(p, t.mutedText().withAlpha(0.55), data.train(), sx, sy, true, t);
        scatter1d(p, t.accent(), data.test(), sx, sy, false, t);
        if (pred != null) {
            p.setColor(t.curve());
            p.setStroke(t.curveWidth(), null);
            Curves.draw(p, sx, sy, xs, pred);
        }
        p.restore();
        axes.drawFrame(p, t);
    }

    private void scatter1d(Painter p, Rgba c, Split s, Scale sx, Scale sy, boolean filled, Theme t) {
        int step = Math.max(1, s.rows() / MAX_POINTS);
        p.setColor(c);
        p.setStroke(t.thinWidth(), null);
        for (int k = 0; k < s.rows(); k += step) {
            double px = sx.map(s.x()[k]), py = sy.map(s.targets()[k * data.outputs()]);
            if (filled) p.fillCircle(px, py, 2.2);
            else p.strokeCircle(px, py, 2.6);
        }
    }
}
