package org.activationworkbench.plot;

import java.util.Arrays;

/**
 * Thins a long series for drawing: per pixel column it keeps the minimum and the maximum (in their original
 * order), so a polyline of at most two points per column looks exactly like the full one, spikes included.
 * Works on plain {@code double[]} buffers and, with caller-provided outputs, allocates nothing.
 */
public final class ColumnReducer {

    private ColumnReducer() {
    }

    /**
     * Reduces the first {@code n} points (xs ascending; NaN y skipped) to at most {@code 2 * columns} points.
     * Points left of {@code xMin} or right of {@code xMax} fall into the first or last column.
     *
     * @return how many points were written to {@code outX}/{@code outY} (each needs room for {@code 2 * columns})
     */
    public static int reduce(double[] xs, double[] ys, int n, double xMin, double xMax, int columns,
                             double[] outX, double[] outY) {
        if (columns < 1) {
            throw new IllegalArgumentException("columns must be >= 1, got " + columns);
        }
        double perUnit = xMax > xMin ? columns / (xMax - xMin) : 0;
        int out = 0;
        int col = -1;
        int minAt = -1;
        int maxAt = -1;
        for (int i = 0; i < n; i++) {
            double y = ys[i];
            if (Double.isNaN(y) || Double.isNaN(xs[i])) {
                continue;
            }
            int c = (int) Math.min(columns - 1, Math.max(0, Math.floor((xs[i] - xMin) * perUnit)));
            if (c != col) {
                if (c < col) {
                    throw new IllegalArgumentException("x must be ascending; x[" + i + "] = " + xs[i]);
                }
                out = flush(xs, ys, minAt, maxAt, outX, outY, out);
                col = c;
                minAt = i;
                maxAt = i;
            } else if (y < ys[minAt]) {
                minAt = i;
            } else if (y > ys[maxAt]) {
                maxAt = i;
            }
        }
        return flush(xs, ys, minAt, maxAt, outX, outY, out);
    }

    /** Convenience form returning {x[], y[]} of exactly the kept length. */
    public static double[][] reduce(double[] xs, double[] ys, int n, double xMin, double xMax, int columns) {
        int cap = 2 * columns;
        double[] ox = new double[cap];
        double[] oy = new double[cap];
        int k = reduce(xs, ys, n, xMin, xMax, columns, ox, oy);
        return new double[][] {Arrays.copyOf(ox, k), Arrays.copyOf(oy, k)};
    }

    private static int flush(double[] xs, double[] ys, int minAt, int maxAt, double[] ox, double[] oy, int out) {
        if (minAt < 0) {
            return out;
        }
        int first = Math.min(minAt, maxAt);
        int second = Math.max(minAt, maxAt);
        ox[out] = xs[first];
        oy[out++] = ys[first];
        if (second != first) {
            ox[out] = xs[second];
            oy[out++] = ys[second];
        }
        return out;
    }
}
