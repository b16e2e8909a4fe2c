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

    /**
     * Fills the area between lo and hi over xs (a spread band) in the painter's current colour, one polygon per
     * stretch where x, lo and hi are all finite, so a missing point leaves a gap instead of a spike.
     */
    static void band(Painter p, Scale sx, Scale sy, double[] xs, double[] lo, double[] hi) {
        int n = Math.min(xs.length, Math.min(lo.length, hi.length));
        int start = 0;
        while (start < n) {
            while (start < n && !finite(sx, sy, xs[start], lo[start], hi[start])) start++;
            int end = start;
            while (end < n && finite(sx, sy, xs[end], lo[end], hi[end])) end++;
            int m = end - start;
            if (m >= 2) {
                double[] px = new double[2 * m];
                double[] py = new double[2 * m];
                for (int i = 0; i < m; i++) {
                    px[i] = sx.map(xs[start + i]);
                    py[i] = clampPixel(sy.map(hi[start + i]));
                    px[2 * m - 1 - i] = px[i];
                    py[2 * m - 1 - i] = clampPixel(sy.map(lo[start + i]));
                }
                p.fillPolygon(px, py, 2 * m);
            }
            start = end;
        }
    }

    private static boolean finite(Scale sx, Scale sy, double x, double lo, double hi) {
        return Double.isFinite(sx.map(x)) && Double.isFinite(sy.map(lo)) && Double.isFinite(sy.map(hi));
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
