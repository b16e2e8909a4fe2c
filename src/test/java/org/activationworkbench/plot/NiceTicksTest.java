package org.activationworkbench.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class NiceTicksTest {

    @Test
    void stepsAreOneTwoOrFiveTimesAPowerOfTenAndTicksCoverTheRange() {
        Random r = new Random(3);
        for (int trial = 0; trial < 2000; trial++) {
            double lo = (r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(9) - 4);
            double hi = lo + r.nextDouble() * Math.pow(10, r.nextInt(9) - 4) + 1e-9;
            int target = 2 + r.nextInt(8);
            double[] t = NiceTicks.linear(lo, hi, target);
            assertTrue(t.length >= 2, "at least two ticks in [" + lo + ", " + hi + "]");
            double raw = t[1] - t[0];
            double pow = Math.pow(10, Math.floor(Math.log10(raw) + 1e-9));
            double mantissa = Math.rint(raw / pow);
            double step = mantissa * pow;
            assertEquals(step, raw, step * 1e-6, "evenly spaced");
            assertTrue(near(mantissa, 1) || near(mantissa, 2) || near(mantissa, 5) || near(mantissa, 10),
                    "step " + step + " mantissa " + mantissa);

            for (int i = 0; i < t.length; i++) {
                assertTrue(t[i] >= lo - step * 1e-6 && t[i] <= hi + step * 1e-6, "tick inside range");
                double k = t[i] / step;
                assertTrue(Math.abs(k - Math.rint(k)) < 1e-6, "tick on a multiple of the step");
                if (i > 0) {
                    assertEquals(step, t[i] - t[i - 1], step * 1e-6);
                }
            }
            // the ticks cover the range: no gap of more than one step at either end
            assertTrue(t[0] - lo < step + step * 1e-6 && hi - t[t.length - 1] < step + step * 1e-6);
            double[] ext = NiceTicks.extendToTicks(lo, hi, target);
            assertTrue(ext[0] <= lo + 1e-9 * (hi - lo) && ext[1] >= hi - 1e-9 * (hi - lo));
        }
    }

    @Test
    void typicalRanges() {
        assertArrayEquals(new double[] {-3, -2, -1, 0, 1, 2, 3}, NiceTicks.linear(-3.6, 3.6, 6));
        assertArrayEquals(new double[] {0, 0.5, 1}, NiceTicks.linear(-0.05, 1.05, 2));
        assertArrayEquals(new double[] {0.01, 0.1, 1, 10}, NiceTicks.logarithmic(0.005, 20, 5));
        assertArrayEquals(new double[] {0.05, 0.1, 0.2, 0.5, 1}, NiceTicks.logarithmic(0.04, 1.2, 5));
    }

    @Test
    void labelsAreCompact() {
        assertEquals("0", TickFormat.linear(0, 0.5));
        assertEquals("−1.5", TickFormat.linear(-1.5, 0.5));
        assertEquals("2", TickFormat.linear(2, 1));
        assertEquals("0.05", TickFormat.linear(0.05, 0.01));
        assertEquals("10⁻⁵", TickFormat.decade(1e-5));
        assertEquals("0.01", TickFormat.decade(0.01));
        assertEquals("1.02", TickFormat.number(1.0201, 3));
        assertEquals("2e5", TickFormat.linear(200_000, 100_000));
    }

    private static void assertArrayEquals(double[] want, double[] got) {
        org.junit.jupiter.api.Assertions.assertArrayEquals(want, got, 1e-12);
    }

    private static boolean near(double a, double b) {
        return Math.abs(a - b) < 1e-6;
    }
}
