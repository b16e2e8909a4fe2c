package org.activationworkbench.ui.plot;

import java.util.Arrays;

/**
 * An axis-aligned clip rectangle applied to geometry before it is drawn. The live view clips this way instead of
 * through the canvas: JavaFX's Canvas turns every {@code clip()} into a mask texture the size of the canvas
 * (measured: about 60 MB/s of allocation on the render thread while training, and its time off the trainer's core).
 * Buffers are reused, so clipping allocates nothing per frame once they have grown.
 */
final class RectClip {

    private double left = Double.NEGATIVE_INFINITY;
    private double top = Double.NEGATIVE_INFINITY;
    private double right = Double.POSITIVE_INFINITY;
    private double bottom = Double.POSITIVE_INFINITY;

    /** The clipped segment after {@link #segment}: x1, y1, x2, y2. */
    final double[] seg = new double[4];
    /** The clipped polygon after {@link #polygon}: its first {@link #polygonSize} points. */
    double[] px = new double[16];
    double[] py = new double[16];
    int polygonSize;
    private double[] qx = new double[16];
    private double[] qy = new double[16];

    /** Everything passes. */
    void reset() {
        left = top = Double.NEGATIVE_INFINITY;
        right = bottom = Double.POSITIVE_INFINITY;
    }

    void copyFrom(RectClip o) {
        left = o.left;
        top = o.top;
        right = o.right;
        bottom = o.bottom;
    }

    /** Intersects with the rectangle (x, y, w, h), as Canvas and Java2D clip() do. */
    void intersect(double x, double y, double w, double h) {
        left = Math.max(left, x);
        top = Math.max(top, y);
        right = Math.min(right, x + w);
        bottom = Math.min(bottom, y + h);
    }

    boolean unbounded() {
        return left == Double.NEGATIVE_INFINITY && top == Double.NEGATIVE_INFINITY
                && right == Double.POSITIVE_INFINITY && bottom == Double.POSITIVE_INFINITY;
    }

    boolean contains(double x, double y) {
        return x >= left && x <= right && y >= top && y <= bottom;
    }

    boolean containsBox(double x, double y, double w, double h) {
        return x >= left && y >= top && x + w <= right && y + h <= bottom;
    }

    /** The rectangle (x, y, w, h) cut to the clip, into {@link #seg} as x, y, w, h; false when nothing is left. */
    boolean rect(double x, double y, double w, double h) {
        double x0 = Math.max(x, left), y0 = Math.max(y, top);
        double x1 = Math.min(x + w, right), y1 = Math.min(y + h, bottom);
        if (!(x1 > x0 && y1 > y0)) return false;
        seg[0] = x0;
        seg[1] = y0;
        seg[2] = x1 - x0;
        seg[3] = y1 - y0;
        return true;
    }

    /** Liang–Barsky: the part of the segment inside, into {@link #seg}; false when none of it is. */
    boolean segment(double x1, double y1, double x2, double y2) {
        if (Double.isNaN(x1) || Double.isNaN(y1) || Double.isNaN(x2) || Double.isNaN(y2)) return false;
        double dx = x2 - x1, dy = y2 - y1;
        t0 = 0;
        t1 = 1;
        if (!edge(-dx, x1 - left) || !edge(dx, right - x1) || !edge(-dy, y1 - top) || !edge(dy, bottom - y1)) {
            return false;
        }
        seg[0] = t0 == 0 ? x1 : x1 + t0 * dx;
        seg[1] = t0 == 0 ? y1 : y1 + t0 * dy;
        seg[2] = t1 == 1 ? x2 : x1 + t1 * dx;
        seg[3] = t1 == 1 ? y2 : y1 + t1 * dy;
        return true;
    }

    private double t0;
    private double t1;

    /** One edge of Liang–Barsky: narrows [t0, t1]; false when the segment lies wholly outside this edge. */
    private boolean edge(double p, double q) {
        if (p == 0) return q >= 0;   // parallel to the edge: inside or out, all of it
        double t = q / p;
        if (p < 0) {
            if (t > t1) return false;
            if (t > t0) t0 = t;
        } else {
            if (t < t0) return false;
            if (t < t1) t1 = t;
        }
        return true;
    }

    /** Sutherland–Hodgman: the closed polygon cut to the clip, into {@link #px}/{@link #py}; its size, maybe 0. */
    int polygon(double[] xs, double[] ys, int n) {
        ensure(n);
        System.arraycopy(xs, 0, px, 0, n);
        System.arraycopy(ys, 0, py, 0, n);
        int m = n;
        for (int edge = 0; edge < 4 && m > 0; edge++) {
            ensure(2 * m);   // each vertex adds at most itself and one crossing
            int k = 0;
            for (int i = 0; i < m; i++) {
                double ax = px[(i + m - 1) % m], ay = py[(i + m - 1) % m];
                double bx = px[i], by = py[i];
                boolean aIn = inside(edge, ax, ay), bIn = inside(edge, bx, by);
                if (bIn != aIn) {
                    double t = crossing(edge, ax, ay, bx, by);
                    qx[k] = ax + t * (bx - ax);
                    qy[k++] = ay + t * (by - ay);
                }
                if (bIn) {
                    qx[k] = bx;
                    qy[k++] = by;
                }
            }
            double[] sx = px, sy = py;
            px = qx;
            py = qy;
            qx = sx;
            qy = sy;
            m = k;
        }
        polygonSize = m;
        return m;
    }

    private boolean inside(int edge, double x, double y) {
        return switch (edge) {
            case 0 -> x >= left;
            case 1 -> x <= right;
            case 2 -> y >= top;
            default -> y <= bottom;
        };
    }

    /** Where along a→b the edge is crossed (0..1). */
    private double crossing(int edge, double ax, double ay, double bx, double by) {
        return switch (edge) {
            case 0 -> (left - ax) / (bx - ax);
            case 1 -> (right - ax) / (bx - ax);
            case 2 -> (top - ay) / (by - ay);
            default -> (bottom - ay) / (by - ay);
        };
    }

    private void ensure(int size) {
        if (px.length >= size && qx.length >= size) return;
        px = Arrays.copyOf(px, Math.max(size, px.length));
        py = Arrays.copyOf(py, Math.max(size, py.length));
        qx = new double[Math.max(size, qx.length)];
        qy = new double[Math.max(size, qy.length)];
    }
}
