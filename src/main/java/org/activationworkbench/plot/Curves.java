package org.activationworkbench.plot;

/** Draws data series through two scales, breaking the line wherever a value is missing (NaN, ±∞, ≤ 0 on log). */
final class Curves {

    private Curves() {
    }

    /** Polyline of (xs[i], ys[i]) for i &lt; n, in the painter's current colour and stroke. */
    static void draw(Painter p, Scale sx, Scale sy, double[] xs, double[] ys, int n) {
        double[] px = new double[n];
        double[] py = new double[n];
        int run = 0;
        for (int i = 0; i < n; i++) {
            double a = sx.map(xs[i]);
            double b = sy.map(ys[i]);
            if (Double.isFinite(a) && Double.isFinite(b)) {
                px[run] = a;
                py[run] = clampPixel(b);
                run++;
            } else {
                flush(p, px, py, run);
                run = 0;
            }
        }
        flush(p, px, py, run);
    }

    static void draw(Painter p, Scale sx, Scale sy, double[] xs, double[] ys) {
        draw(p, sx, sy, xs, ys, Math.min(xs.length, ys.length));
    }

    /** Dots at the points, for sparse series (a marker per evaluation). */
    static void dots(Painter p, Scale sx, Scale sy, double[] xs, double[] ys, int n, double r) {
        for (int i = 0; i < n; i++) {
            double a = sx.map(xs[i]);
            double b = sy.map(ys[i]);
            if (Double.isFinite(a) && Double.isFinite(b)) {
                p.fillCircle(a, b, r);
            }
        }
    }

    private static void flush(Painter p, double[] px, double[] py, int run) {
        if (run >= 2) {
            p.polyline(px, py, run);
        }
    }

    /** Keeps far-off points finite and moderate so clipped lines keep their direction in every back end. */
    private static double clampPixel(double v) {
        return Math.max(-1e5, Math.min(1e5, v));
    }
}
