package org.activationworkbench.plot;

import org.activationworkbench.experiment.Histogram;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.activationworkbench.activation.ActivationView;

/** What one activation panel will show, decided before layout: its data limits and its warnings. */
final class PanelScene {

    /** Above this share of inputs outside the histogram's range, the panel warns. */
    static final double OUTSIDE_WARNING = 0.10;

    final ActivationPanel panel;
    double xLo;
    double xHi;
    double yLo;
    double yHi;

    PanelScene(ActivationPanel panel) {
        this.panel = panel;
        ActivationView c = panel.current();
        double[] xr = range(c.x());
        if (panel.initial() != null) {
            double[] xi = range(panel.initial().x());
            xr = new double[] {Math.min(xr[0], xi[0]), Math.max(xr[1], xi[1])};
        }
        xLo = xr[0];
        xHi = xr[1];
        double[] yr = YLimits.of(c.y(), panel.initial() == null ? null : panel.initial().y());
        yLo = yr[0];
        yHi = yr[1];
    }

    /** Gives several panels the same limits (small multiples compare by eye only on one scale). */
    static void share(List<PanelScene> scenes) {
        double xl = Double.POSITIVE_INFINITY, xh = Double.NEGATIVE_INFINITY;
        double yl = Double.POSITIVE_INFINITY, yh = Double.NEGATIVE_INFINITY;
        for (PanelScene s : scenes) {
            xl = Math.min(xl, s.xLo);
            xh = Math.max(xh, s.xHi);
            yl = Math.min(yl, s.yLo);
            yh = Math.max(yh, s.yHi);
        }
        for (PanelScene s : scenes) {
            s.xLo = xl;
            s.xHi = xh;
            s.yLo = yl;
            s.yHi = yh;
        }
    }

    /** Fixed limits (an animation's axes stay still across frames). */
    void fix(double xl, double xh, double yl, double yh) {
        xLo = xl;
        xHi = xh;
        yLo = yl;
        yHi = yh;
    }

    /** A warning in full, and briefly for narrow panels. */
    record Warning(String full, String brief) { }

    /** Warnings for the final limits. */
    List<Warning> warnings() {
        List<Warning> w = new ArrayList<>();
        if (YLimits.leaves(panel.current().y(), yLo, yHi)) {
            w.add(new Warning("curve leaves the plotted range", "curve clipped"));
        }
        Histogram h = panel.histogram();
        // a spline's grid is where it can bend: inputs outside it meet a straight line, worth a word even when the
        // plot follows them there; other families only warn of inputs the plot does not show
        boolean knots = h != null && !panel.current().markers().isEmpty();
        double share = h == null ? 0 : knots ? h.outsideShare() : h.shareOutside(xLo, xHi);
        if (share > OUTSIDE_WARNING) {
            long pct = Math.round(100 * share);
            w.add(new Warning(pct + " % of inputs outside the " + (knots ? "knot grid" : "plotted range"),
                    pct + " % outside " + (knots ? "grid" : "range")));
        }
        return w;
    }

    /** ["α = 1.02", "β = 0.13"], or empty. */
    java.util.List<String> scalarsText() {
        java.util.List<String> out = new java.util.ArrayList<>();
        // sorted: a Map.of has no stable order, and alpha before beta reads naturally
        for (Map.Entry<String, Double> e : new java.util.TreeMap<>(panel.current().scalars()).entrySet()) {
            out.add(Symbols.pretty(e.getKey()) + " = " + TickFormat.number(e.getValue(), 3));
        }
        return out;
    }

    private static double[] range(double[] x) {
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (double v : x) {
            if (Double.isFinite(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        return lo <= hi ? new double[] {lo, hi} : new double[] {-1, 1};
    }
}
