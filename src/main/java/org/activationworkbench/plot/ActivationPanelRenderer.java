package org.activationworkbench.plot;

import org.activationworkbench.experiment.Histogram;
import java.util.List;
import org.activationworkbench.activation.ActivationView;

/**
 * Draws one activation panel into a plot area the layout has fixed: histogram, components, trail,
 * init ghost, current curve, knots, scalars, title, coefficient inset and notes.
 */
final class ActivationPanelRenderer {

    static final double[] GHOST_DASH = {4, 3};
    private static final int MAX_PIECE_COLOURS = 8;

    /** How this panel is dressed: axes decorations and level of detail. */
    record Dress(boolean xTicks, boolean yTicks, boolean xLabel, boolean yLabel, boolean compact,
                 boolean colourComponents) { }

    private ActivationPanelRenderer() {
    }

    static void draw(Painter p, Theme t, PanelScene s, Rect plot, Dress d) {
        ActivationView cur = s.panel.current();
        Scale sx = Scale.linear(s.xLo, s.xHi, plot.x(), plot.right());
        Scale sy = Scale.linear(s.yLo, s.yHi, plot.bottom(), plot.y());
        Axes axes = new Axes(plot, sx, sy, d.xLabel() ? "x" : null, d.yLabel() ? "f(x)" : null, d.xTicks(), d.yTicks());
        axes.drawBackground(p, t);

        p.save();
        p.clip(plot.x(), plot.y(), plot.w(), plot.h());
        if (s.panel.histogram() != null) {
            histogram(p, t, s.panel.histogram(), sx, plot);
        }
        if (!d.compact()) {
            pieces(p, t, cur, sx, plot);
        }
        components(p, t, cur, sx, sy, d);
        trail(p, t, s.panel.trail(), sx, sy);
        if (s.panel.initial() != null) {
            p.setColor(t.ghost().withAlpha(0.9));
            p.setStroke(t.lineWidth(), GHOST_DASH);
            Curves.draw(p, sx, sy, s.panel.initial().x(), s.panel.initial().y());
        }
        p.setColor(t.curve());
        p.setStroke(d.compact() ? t.curveWidth() * 0.8 : t.curveWidth(), null);
        Curves.draw(p, sx, sy, cur.x(), cur.y());
        markers(p, t, cur.markers(), sx, sy, d.compact() ? 1.8 : 2.5);
        p.restore();

        axes.drawFrame(p, t);
        scalars(p, t, s.scalarsText(), plot, d.compact());
        title(p, t, s.panel.title(), plot, d.compact());
    }

    /** Title centred above the plot area, shortened with "…" when too long. */
    static void title(Painter p, Theme t, String title, Rect plot, boolean compact) {
        if (title == null || title.isEmpty()) {
            return;
        }
        p.setFont(compact ? t.tickSize() : t.titleSize(), !compact);
        p.setColor(t.text());
        // a narrow panel says "layer 2" rather than "hidden laye…"
        String shown = p.textWidth(title) > plot.w() && title.startsWith("hidden ") ? title.substring(7) : title;
        p.text(Texts.ellipsize(p, shown, plot.w()), plot.centerX(), plot.y() - 3, Painter.HAlign.CENTER,
                Painter.VAlign.BOTTOM);
    }

    /** Height the title row takes above a plot area. */
    static double titleHeight(Theme t, boolean compact) {
        return PlotFonts.lineHeight(compact ? t.tickSize() : t.titleSize()) + 3;
    }

    private static void histogram(Painter p, Theme t, Histogram h, Scale sx, Rect plot) {
        double max = 0;
        for (double c : h.counts()) {
            max = Math.max(max, c);
        }
        if (!(max > 0)) {
            return;
        }
        // the tallest bin reaches 30 % of the panel: enough to read the shape, low enough not to hide the curve
        double unit = 0.3 * plot.h() / max;
        double bin = (h.hi() - h.lo()) / h.counts().length;
        p.setColor(t.histogram().withAlpha(0.6));
        for (int i = 0; i < h.counts().length; i++) {
            double x0 = sx.map(h.lo() + i * bin);
            double x1 = sx.map(h.lo() + (i + 1) * bin);
            double hh = h.counts()[i] * unit;
            p.fillRect(x0, plot.bottom() - hh, Math.max(0.5, x1 - x0 - 0.3), hh);
        }
    }

    /** A thin band along the bottom coloured by the winning piece (tropical), when there are few pieces. */
    private static void pieces(Painter p, Theme t, ActivationView v, Scale sx, Rect plot) {
        int[] piece = v.activePiece();
        if (piece == null || piece.length != v.x().length || distinct(piece) > MAX_PIECE_COLOURS) {
            return;
        }
        double band = 3.5;
        int start = 0;
        for (int i = 1; i <= piece.length; i++) {
            if (i == piece.length || piece[i] != piece[start]) {
                double x0 = sx.map(mid(v.x(), start));
                double x1 = sx.map(i == piece.length ? v.x()[i - 1] : mid(v.x(), i));
                p.setColor(t.seriesColor(piece[start]).withAlpha(0.8));
                p.fillRect(x0, plot.bottom() - band, x1 - x0, band);
                start = i;
            }
        }
    }

    private static double mid(double[] x, int i) {
        return i == 0 ? x[0] : (x[i - 1] + x[i]) / 2;
    }

    private static int distinct(int[] a) {
        return (int) java.util.Arrays.stream(a).distinct().count();
    }

    private static void components(Painter p, Theme t, ActivationView v, Scale sx, Scale sy, Dress d) {
        List<ActivationView.Component> cs = v.components();
        p.setStroke(d.compact() ? t.thinWidth() : t.lineWidth() * 0.85, null);
        for (int i = 0; i < cs.size(); i++) {
            p.setColor(componentColor(t, i, d.colourComponents()));
            Curves.draw(p, sx, sy, v.x(), cs.get(i).y());
        }
    }

    /** Components get palette colours when few and named alike everywhere, else one muted colour. */
    static Rgba componentColor(Theme t, int i, boolean coloured) {
        return coloured ? t.seriesColor(i).withAlpha(0.8) : t.mutedText().withAlpha(0.45);
    }

    private static void trail(Painter p, Theme t, List<ActivationView> trail, Scale sx, Scale sy) {
        p.setStroke(t.thinWidth(), null);
        for (int i = 0; i < trail.size(); i++) {
            // older shapes fainter
            p.setColor(t.curve().withAlpha(0.08 + 0.25 * (i + 1) / trail.size()));
            Curves.draw(p, sx, sy, trail.get(i).x(), trail.get(i).y());
        }
    }

    private static void markers(Painter p, Theme t, List<ActivationView.Marker> ms, Scale sx, Scale sy, double r) {
        for (ActivationView.Marker m : ms) {
            double cx = sx.map(m.x());
            double cy = sy.map(m.y());
            p.setColor(t.background());
            p.fillCircle(cx, cy, r + 0.9);
            p.setColor(t.accent());
            p.fillCircle(cx, cy, r);
        }
    }

    /** Scalars in the top-left corner on a veil of background so the curve does not run through the text. */
    /** The read-outs on one line where they fit, else one per line (a small panel never cuts a value short). */
    private static void scalars(Painter p, Theme t, java.util.List<String> entries, Rect plot, boolean compact) {
        if (entries.isEmpty()) {
            return;
        }
        double size = compact ? t.noteSize() - 0.5 : t.tickSize() + 0.5;
        p.setFont(size, false);
        String joined = String.join("   ", entries);
        java.util.List<String> lines = p.textWidth(joined) <= plot.w() - 8 ? java.util.List.of(joined) : entries;
        double w = 0;
        java.util.List<String> shown = new java.util.ArrayList<>();
        for (String line : lines) {
            String s = Texts.ellipsize(p, line, plot.w() - 8);
            shown.add(s);
            w = Math.max(w, p.textWidth(s));
        }
        double h = PlotFonts.lineHeight(size);
        p.setColor(t.background().withAlpha(0.85));
        p.fillRect(plot.x() + 2, plot.y() + 2, w + 6, h * shown.size() + 2);
        p.setColor(t.text());
        for (int i = 0; i < shown.size(); i++) {
            p.text(shown.get(i), plot.x() + 5, plot.y() + 3 + i * h, Painter.HAlign.LEFT, Painter.VAlign.TOP);
        }
    }
}
