package org.activationworkbench.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ColumnReducerTest {

    @Test
    void keepsMinAndMaxOfEveryColumnInOriginalOrder() {
        int n = 100_000;
        int columns = 300;
        double[] x = new double[n];
        double[] y = new double[n];
        Random r = new Random(1);
        for (int i = 0; i < n; i++) {
            x[i] = i;
            y[i] = Math.sin(i * 1e-3) + r.nextGaussian();
        }
        double[][] out = ColumnReducer.reduce(x, y, n, 0, n - 1, columns);
        assertTrue(out[0].length <= 2 * columns, "at most two points per column");

        double[] min = new double[columns];
        double[] max = new double[columns];
        java.util.Arrays.fill(min, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(max, Double.NEGATIVE_INFINITY);
        for (int i = 0; i < n; i++) {
            int c = column(x[i], n - 1, columns);
            min[c] = Math.min(min[c], y[i]);
            max[c] = Math.max(max[c], y[i]);
        }
        double[] keptMin = new double[columns];
        double[] keptMax = new double[columns];
        java.util.Arrays.fill(keptMin, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(keptMax, Double.NEGATIVE_INFINITY);
        for (int k = 0; k < out[0].length; k++) {
            int c = column(out[0][k], n - 1, columns);
            keptMin[c] = Math.min(keptMin[c], out[1][k]);
            keptMax[c] = Math.max(keptMax[c], out[1][k]);
            if (k > 0) {
                assertTrue(out[0][k] > out[0][k - 1], "x stays ascending");
            }
        }
        assertArrayEquals(min, keptMin);
        assertArrayEquals(max, keptMax);
    }

    private static int column(double x, double xMax, int columns) {
        return (int) Math.min(columns - 1, Math.floor(x * columns / xMax));
    }

    @Test
    void shortSeriesPassThroughAndNaNIsSkipped() {
        double[] x = {0, 1, 2, 3};
        double[] y = {5, Double.NaN, 7, 6};
        double[] ox = new double[20];
        double[] oy = new double[20];
        int k = ColumnReducer.reduce(x, y, 4, 0, 3, 10, ox, oy);
        assertEquals(3, k);
        assertArrayEquals(new double[] {0, 2, 3}, java.util.Arrays.copyOf(ox, k));
        assertArrayEquals(new double[] {5, 7, 6}, java.util.Arrays.copyOf(oy, k));
    }

    @Test
    void spikeInsideAColumnSurvives() {
        double[] x = new double[1000];
        double[] y = new double[1000];
        for (int i = 0; i < x.length; i++) {
            x[i] = i;
        }
        y[503] = 42;
        y[704] = -9;
        double[][] out = ColumnReducer.reduce(x, y, x.length, 0, 999, 10);
        assertTrue(java.util.Arrays.stream(out[1]).anyMatch(v -> v == 42));
        assertTrue(java.util.Arrays.stream(out[1]).anyMatch(v -> v == -9));
    }

    @Test
    void rejectsDescendingX() {
        assertThrows(IllegalArgumentException.class,
                () -> ColumnReducer.reduce(new double[] {0, 5, 1}, new double[] {1, 2, 3}, 3, 0, 5, 5));
    }
}
