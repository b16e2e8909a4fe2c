package org.activationworkbench.plot;

import java.util.List;
import org.activationworkbench.symbolic.Candidate;

/**
 * Closed-form readings drawn over an enlarged activation ("What is this?"): each formula as a dashed curve in its
 * own colour over the plot's x-range, and a key in the top-left corner with its rank, formula and R². Immutable.
 *
 * @param candidates the readings, best first (at most a few)
 */
public record FormulaOverlay(List<Candidate> candidates) {

    private static final int POINTS = 200;

    public FormulaOverlay {
        candidates = List.copyOf(candidates);
    }

    /** The key's line for candidate i: "1  1.02*tanh(0.98*x + 0.01) - 0.003   R² 0.9995". */
    public static String label(int i, Candidate c) {
        return (i + 1) + "  " + c.formula().text() + "   R² " + String.format(java.util.Locale.ROOT, "%.4f", c.r2());
    }

    /** Colour of candidate i (the theme's series after the first, which is close to the curve's). */
    static Rgba colour(Theme t, int i) {
        return t.seriesColor(i + 1);
    }

    void draw(Painter p, Theme t, Scale sx, Scale sy, Rect plot) {
        p.save();
        p.clip(plot.x(), plot.y(), plot.w(), plot.h());
        double[] xs = new double[POINTS];
        double[] ys = new double[POINTS];
        for (int i = 0; i < candidates.size(); i++) {
            var f = candidates.get(i).formula();
            int n = 0;
            for (int k = 0; k < POINTS; k++) {
                double x = sx.lo() + (sx.hi() - sx.lo()) * k / (POINTS - 1);
                double y = f.evaluate(x);
                if (!Double.isFinite(y)) continue;
                xs[n] = sx.map(x);
                // far outside the plot the line is clipped anyway; keep the numbers sane for the painter
                ys[n++] = Math.max(plot.y() - plot.h(), Math.min(plot.bottom() + plot.h(), sy.map(y)));
            }
            p.setColor(colour(t, i));
            p.setStroke(t.thinWidth() * 2, new double[] {7, 4});
            p.polyline(xs, ys, n);
        }
        p.restore();
        key(p, t, plot);
    }

    private void key(Painter p, Theme t, Rect plot) {
        double size = t.tickSize() + 0.5;
        double lh = PlotFonts.lineHeight(size) + 2;
        p.setFont(size, false);
        double w = 0;
        for (int i = 0; i < candidates.size(); i++) w = Math.max(w, p.textWidth(label(i, candidates.get(i))));
        w = Math.min(w + 34, plot.w() - 8);
        double h = lh * candidates.size() + 6;
        double x = plot.x() + 4;
        double y = plot.y() + 4;
        p.setColor(t.background().withAlpha(0.9));
        p.fillRect(x, y, w, h);
        p.setColor(t.frame().withAlpha(0.5));
        p.setStroke(t.thinWidth(), null);
        p.strokeRect(x, y, w, h);
        for (int i = 0; i < candidates.size(); i++) {
            double ly = y + 3 + i * lh + lh / 2;
            p.setColor(colour(t, i));
            p.setStroke(t.thinWidth() * 2, new double[] {7, 4});
            p.line(x + 5, ly, x + 25, ly);
            p.setColor(t.text());
            p.text(label(i, candidates.get(i)), x + 30, ly, Painter.HAlign.LEFT, Painter.VAlign.MIDDLE);
        }
    }
}
