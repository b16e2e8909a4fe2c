package org.activationworkbench.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryTest {

    /** t(0.975; df) for df = 1 … 30 as every statistics book prints it. */
    private static final double[] TABLE = {
        12.7062, 4.3027, 3.1824, 2.7764, 2.5706, 2.4469, 2.3646, 2.3060, 2.2622, 2.2281,
        2.2010, 2.1788, 2.1604, 2.1448, 2.1314, 2.1199, 2.1098, 2.1009, 2.0930, 2.0860,
        2.0796, 2.0739, 2.0687, 2.0639, 2.0595, 2.0555, 2.0518, 2.0484, 2.0452, 2.0423};

    @Test
    void tQuantilesMatchTheTableAndTheNormalBeyond() {
        for (int df = 1; df <= 30; df++) assertEquals(TABLE[df - 1], StudentT.quantile975(df), 6e-5, "df " + df);
        // scipy.stats.t.ppf(0.975, df)
        assertEquals(2.039513, StudentT.quantile975(31), 1e-5);
        assertEquals(2.021075, StudentT.quantile975(40), 1e-5);
        assertEquals(2.000298, StudentT.quantile975(60), 1e-5);
        assertEquals(1.979930, StudentT.quantile975(120), 1e-5);
        assertEquals(1.961, StudentT.quantile975(5000), 1e-3);
        assertEquals(1.959964, StudentT.quantile975(Double.POSITIVE_INFINITY), 1e-6);
        // Welch's df is real
        assertEquals(6.016663, StudentT.quantile975(1.5), 1e-5);
        assertEquals(3.574655, StudentT.quantile975(2.5), 1e-5);
        assertEquals(2.658912, StudentT.quantile975(4.5), 1e-5);
        assertEquals(2.345067, StudentT.quantile975(7.3), 1e-5);
        assertThrows(IllegalArgumentException.class, () -> StudentT.quantile975(0.5));
    }

    @Test
    void theQuantileFallsWithDegreesOfFreedom() {
        double prev = StudentT.quantile975(1);
        for (double df = 1.25; df < 200; df += 0.25) {
            double t = StudentT.quantile975(df);
            assertTrue(t < prev, "decreasing at df " + df);
            prev = t;
        }
    }

    @Test
    void meanSdStandardErrorAndIntervalOfKnownNumbers() {
        Summary s = Summary.of(2, 4, 4, 4, 5, 5, 7, 9);
        assertEquals(8, s.n());
        assertEquals(5.0, s.mean(), 1e-12);
        assertEquals(Math.sqrt(32.0 / 7), s.sd(), 1e-12);   // sample sd: Σ(x − 5)² = 32, n − 1 = 7
        assertEquals(s.sd() / Math.sqrt(8), s.se(), 1e-12);
        assertEquals(2.3646 * s.se(), s.ciHalfWidth(), 1e-4);   // t(0.975; 7)
        assertEquals(s.mean() - s.ciHalfWidth(), s.ciLow(), 1e-12);
        assertEquals(2, s.min());
        assertEquals(9, s.max());
        Summary five = Summary.of(0.84, 0.85, 0.86, 0.85, 0.85);
        assertEquals(0.85, five.mean(), 1e-12);
        assertEquals(Math.sqrt(0.0002 / 4), five.sd(), 1e-12);
        assertEquals(0.85 - 2.7764 * five.se(), five.ciLow(), 1e-6);
    }

    @Test
    void oneValueHasNoSpreadAndNoneHasNothing() {
        Summary one = Summary.of(3.5);
        assertEquals(3.5, one.mean());
        assertTrue(Double.isNaN(one.sd()) && Double.isNaN(one.ciLow()));
        assertEquals(0, Summary.of().n());
        assertTrue(Double.isNaN(Summary.of().mean()));
    }

    @Test
    void failedRunsAreNeverDroppedSilently() {
        assertThrows(IllegalArgumentException.class, () -> Summary.of(1, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Summary.of(List.of(1.0, Double.POSITIVE_INFINITY)));
        Summary f = Summary.ofFinite(1, Double.NaN, 3);
        assertEquals(2, f.n());
        assertEquals(2.0, f.mean(), 1e-12);
    }

    @Test
    void scalingCarriesTheSpread() {
        Summary s = Summary.of(0.1, 0.2, 0.3).scaled(100);
        assertEquals(20, s.mean(), 1e-9);
        assertEquals(10, s.sd(), 1e-9);
        Summary neg = Summary.of(1, 2).scaled(-1);
        assertEquals(-2, neg.min());
        assertEquals(-1, neg.max());
    }

    @Test
    void welchDifferenceOfTwoArms() {
        Summary a = Summary.of(0.90, 0.91, 0.92, 0.91, 0.90);
        Summary b = Summary.of(0.80, 0.82, 0.81, 0.79, 0.83);
        Difference d = Difference.of(a, b);
        assertEquals(a.mean() - b.mean(), d.estimate(), 1e-12);
        double va = a.sd() * a.sd() / 5, vb = b.sd() * b.sd() / 5;
        assertEquals(Math.sqrt(va + vb), d.se(), 1e-12);
        assertEquals((va + vb) * (va + vb) / (va * va / 4 + vb * vb / 4), d.df(), 1e-9);
        assertFalse(d.intervalContains(0), "a 10-point gap with 1-point spreads is real");
        // a gap inside the seeds' spread: the interval straddles 0
        Difference noisy = Difference.of(Summary.of(0.865, 0.840), Summary.of(0.843, 0.841));
        assertTrue(noisy.intervalContains(0));
        // identical arms without spread: an exact difference of 0
        Difference same = Difference.of(Summary.of(0.5, 0.5), Summary.of(0.5, 0.5));
        assertEquals(0, same.ciHalfWidth());
        assertTrue(same.intervalContains(0));
        assertFalse(Difference.of(Summary.of(0.6, 0.6), Summary.of(0.5, 0.5)).intervalContains(0));
        // one seed: the spread is unknown, so nothing can be told apart
        assertTrue(Difference.of(Summary.of(0.9), Summary.of(0.1, 0.12)).intervalContains(0));
    }
}
