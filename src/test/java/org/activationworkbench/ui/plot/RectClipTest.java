package org.activationworkbench.ui.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RectClipTest {

    private static RectClip box() {
        RectClip c = new RectClip();
        c.intersect(10, 20, 100, 50);   // x 10..110, y 20..70
        return c;
    }

    @Test
    void segmentsAreCutAtTheEdgesAndOutsideOnesVanish() {
        RectClip c = box();
        assertTrue(c.segment(0, 45, 200, 45));
        assertArrayEquals(new double[] {10, 45, 110, 45}, c.seg, 1e-12);
        assertTrue(c.segment(60, 0, 60, 100));
        assertArrayEquals(new double[] {60, 20, 60, 70}, c.seg, 1e-12);
        assertTrue(c.segment(0, 10, 120, 80), "a diagonal entering through the top, leaving through the bottom");
        assertArrayEquals(new double[] {10 * 120.0 / 70, 20, 60 * 120.0 / 70, 70}, c.seg, 1e-12);
        assertTrue(c.segment(20, 30, 40, 50), "inside: unchanged");
        assertArrayEquals(new double[] {20, 30, 40, 50}, c.seg, 0);
        assertFalse(c.segment(0, 0, 200, 5), "above");
        assertFalse(c.segment(120, 0, 130, 100), "right of it");
        assertFalse(c.segment(0, 30, 15, 0), "passes the top-left corner outside");
        assertFalse(c.segment(Double.NaN, 30, 40, 50));
    }

    @Test
    void nestedClipsIntersectAndResetOpensEverything() {
        RectClip c = box();
        c.intersect(50, 0, 500, 500);
        assertFalse(c.contains(40, 30));
        assertTrue(c.contains(60, 30));
        assertTrue(c.rect(0, 0, 1000, 1000));
        assertArrayEquals(new double[] {50, 20, 60, 50}, c.seg, 1e-12);
        assertFalse(c.rect(200, 200, 5, 5));
        c.reset();
        assertTrue(c.unbounded());
        assertTrue(c.contains(-1e9, 1e9));
    }

    @Test
    void polygonsAreCutToTheBox() {
        RectClip c = box();
        // a triangle poking out of the right edge: its tip is cut off into a quadrilateral
        int m = c.polygon(new double[] {80, 140, 80}, new double[] {30, 45, 60}, 3);
        assertEquals(4, m);
        double area = 0;
        for (int i = 0; i < m; i++) {
            int j = (i + 1) % m;
            area += c.px[i] * c.py[j] - c.px[j] * c.py[i];
            assertTrue(c.contains(c.px[i], c.py[i]), "vertex " + i + " inside");
        }
        // full triangle 0.5·60·30 = 900, minus the cut tip 0.5·30·15 = 225
        assertEquals(675, Math.abs(area) / 2, 1e-9);
        assertEquals(0, c.polygon(new double[] {200, 210, 205}, new double[] {0, 0, 5}, 3), "wholly outside");
        // a many-sided zigzag across an edge grows the buffers without failing
        int n = 101;
        double[] xs = new double[n], ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = 10 + i;
            ys[i] = i % 2 == 0 ? 10 : 40;
        }
        assertTrue(c.polygon(xs, ys, n) > n / 2);
    }
}
