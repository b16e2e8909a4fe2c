package org.activationworkbench.plot;

/**
 * f(x) of one activation against epoch as a heat map: x across, epoch up, colour = f(x), with a colour bar.
 * Shows at a glance where in x and when in training the shape changed.
 */
public final class ActivationHeatmap implements Figure {

    private static final double MARGIN = 10;
    private static final double BAR_W = 11;
    private static final double BAR_GAP = 12;

    private final String title;
    private final String subtitle;
    private final double[] x;
    private final double[] epochs;
    private final double[][] values;
    private final double lo;
    private final double hi;

    /**
     * @param x      sample points, ascending
     * @param epochs epoch of each row, ascending
     * @param values values[row][i] = f(x[i]) at epochs[row]
     */
    public ActivationHeatmap(String title, String subtitle, double[] x, double[] epochs, double[][] values) {
        this.title = title == null ? "" : title;
        this.subtitle = subtitle == null ? "" : subtitle;
        this.x = x.clone();
        this.epochs = epochs.clone();
        this.values = values.clone();
        double l = Double.POSITIVE_INFINITY, h = Double.NEGATIVE_INFINITY;
        for (double[] row : values) {
            for (double v : row) {
                if (Double.isFinite(v)) {
                    l = Math.min(l, v);
                    h = Math.max(h, v);
                }
            }
        }
        this.lo = l <= h ? l : 0;
        this.hi = l < h ? h : this.lo + 1;
    }

    @Override
    public double preferredWidth() {
        return 360;
    }

    @Override
    public double preferredHeight() {
        return 280;
    }

    @Override
    public void draw(Painter p, double width, double height, Theme t) {
        Rect box = FigureHeader.background(p, t, width, height, MARGIN);
        double top = FigureHeader.draw(p, t, title, subtitle, box);
        double yLo = epochs[0], yHi = epochs[epochs.length - 1];
        if (!(yHi > yLo)) {
            yLo -= 0.5;
            yHi += 0.5;
        }
        Scale probeY = Scale.linear(yLo, yHi, 0, box.bottom() - top);
        Scale colour = Scale.linear(lo, hi, 0, box.bottom() - top);
        double left = Axes.leftRoom(p, t, probeY, true, true);
        double right = BAR_GAP + BAR_W + Axes.TICK + Axes.GAP + widestLabel(p, t, colour) + Axes.GAP
                + PlotFonts.lineHeight(t.labelSize()) + 2;
        Rect plot = new Rect(box.x() + left, top + 4, box.w() - left - right,
                box.bottom() - top - 4 - Axes.bottomRoom(t, true, true));
        Scale sx = Scale.linear(x[0], x[x.length - 1], plot.x(), plot.right());
        Scale sy = Scale.linear(yLo, yHi, plot.bottom(), plot.y());
        drawCells(p, sx, sy);
        new Axes(plot, sx, sy, "x", "epoch", true, true).drawFrame(p, t);
        drawColourBar(p, t, new Rect(plot.right() + BAR_GAP, plot.y(), BAR_W, plot.h()));
    }

    /** Each sample owns the cell between the midpoints to its neighbours (so uneven epochs stay honest). */
    private void drawCells(Painter p, Scale sx, Scale sy) {
        for (int r = 0; r < epochs.length; r++) {
            double y0 = sy.map(edge(epochs, r, -1, sy)), y1 = sy.map(edge(epochs, r, +1, sy));
            for (int i = 0; i < x.length; i++) {
                double x0 = sx.map(edge(x, i, -1, sx)), x1 = sx.map(edge(x, i, +1, sx));
                p.setColor(ColorMap.viridis((values[r][i] - lo) / (hi - lo)));
                // a hair of overlap so anti-aliasing leaves no seams between cells
                p.fillRect(x0, Math.min(y0, y1), x1 - x0 + 0.3, Math.abs(y1 - y0) + 0.3);
            }
        }
    }

    private static double edge(double[] v, int i, int side, Scale s) {
        int j = i + side;
        if (j < 0) return Math.max(s.lo(), v[i] - (v.length > 1 ? (v[1] - v[0]) / 2 : 0.5));
        if (j >= v.length) return Math.min(s.hi(), v[i] + (v.length > 1 ? (v[i] - v[i - 1]) / 2 : 0.5));
        return (v[i] + v[j]) / 2;
    }

    private void drawColourBar(Painter p, Theme t, Rect bar) {
        int steps = 64;
        for (int k = 0; k < steps; k++) {
            double y0 = bar.bottom() - bar.h() * (k + 1) / steps;
            p.setColor(ColorMap.viridis((k + 0.5) / steps));
            p.fillRect(bar.x(), y0, bar.w(), bar.h() / steps + 0.3);
        }
        p.setColor(t.frame());
        p.setStroke(t.thinWidth(), null);
        p.strokeRect(bar.x(), bar.y(), bar.w(), bar.h());
        Scale s = Scale.linear(lo, hi, bar.bottom(), bar.y());
        double[] ticks = s.ticks(Axes.Y_TICK_SPACING);
        String[] labels = s.labels(ticks);
        p.setFont(t.tickSize(), false);
        double widest = 0;
        for (int i = 0; i < ticks.length; i++) {
            double py = s.map(ticks[i]);
            p.setColor(t.frame());
            p.line(bar.right(), py, bar.right() + Axes.TICK, py);
            p.setColor(t.text());
            p.text(labels[i], bar.right() + Axes.TICK + Axes.GAP, py, Painter.HAlign.LEFT, Painter.VAlign.MIDDLE);
            widest = Math.max(widest, p.textWidth(labels[i]));
        }
        p.setFont(t.labelSize(), false);
        p.textUp("f(x)", bar.right() + Axes.TICK + Axes.GAP + widest + Axes.GAP, bar.centerY(),
                Painter.HAlign.CENTER, Painter.VAlign.TOP);
    }

    private static double widestLabel(Painter p, Theme t, Scale s) {
        p.setFont(t.tickSize(), false);
        double w = 0;
        for (String l : s.labels(s.ticks(Axes.Y_TICK_SPACING))) w = Math.max(w, p.textWidth(l));
        return w;
    }
}
