package org.activationworkbench.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.activationworkbench.stats.Summary;
import org.junit.jupiter.api.Test;

/** The verdict rule on synthetic numbers: the cases the issue names, and the edges of each reading. */
class VerdictRuleTest {

    /** A second moment near 1, one clearly above 2 and one whose interval reaches across 2 (n = 5). */
    @Test
    void withinBoundsIsReproducedOutsideIsNotAndAcrossIsInconclusive() {
        assertEquals(Verdict.REPRODUCED, VerdictRule.within(Summary.of(1.09, 0.95, 1.2, 1.0, 1.22), 0.5, 2));
        assertEquals(Verdict.NOT_REPRODUCED, VerdictRule.within(Summary.of(17.0, 21.0, 15.5, 22.4, 19.1), 0.5, 2));
        assertEquals(Verdict.NOT_REPRODUCED, VerdictRule.within(Summary.of(0.1, 0.12, 0.09, 0.11, 0.1), 0.5, 2));
        assertEquals(Verdict.INCONCLUSIVE, VerdictRule.within(Summary.of(1.5, 2.6, 1.2, 3.0, 1.9), 0.5, 2));
    }

    @Test
    void aGapInsideTheSpreadIsInconclusive() {
        // the old fgsm numbers: dyn(mish) dropped 73.0 points, ReLU 71.0, seeds ranging over several points
        Summary dyn = Summary.of(75.0, 68.8, 75.2), relu = Summary.of(71.5, 76.0, 65.5);
        assertEquals(Verdict.INCONCLUSIVE, VerdictRule.better("drop", dyn, relu, false, 3.7).verdict());
        // the old spline-vs-relu CNN: 13.5 / 16.0 % error against 15.7 / 15.9 %
        assertEquals(Verdict.INCONCLUSIVE,
                VerdictRule.better("cnn", Summary.of(0.135, 0.160), Summary.of(0.157, 0.159), false, 0.01).verdict());
    }

    @Test
    void aClearGapOfTheClaimedSizeIsReproducedASmallerOnePartly() {
        Summary a = Summary.of(0.90, 0.91, 0.92, 0.91, 0.90), b = Summary.of(0.80, 0.82, 0.81, 0.79, 0.83);
        assertEquals(Verdict.REPRODUCED, VerdictRule.better("x", a, b, true, 0.05).verdict());
        assertEquals(Verdict.PARTLY_REPRODUCED, VerdictRule.better("x", a, b, true, 0.20).verdict());
        assertEquals(Verdict.NOT_REPRODUCED, VerdictRule.better("x", b, a, true, 0.05).verdict(), "clear the other way");
        // lower is better: errors
        assertEquals(Verdict.REPRODUCED, VerdictRule.better("err", b, a, false, 0.05).verdict());
    }

    @Test
    void oneSeedNeverDecides() {
        assertEquals(Verdict.INCONCLUSIVE, VerdictRule.better("x", Summary.of(0.9), Summary.of(0.1, 0.12), true, 0).verdict());
        assertEquals(Verdict.INCONCLUSIVE, VerdictRule.beyond(Summary.of(0.99), 0.95, true));
    }

    @Test
    void comparableMeansNoWorseThanTheMargin() {
        Summary relu = Summary.of(0.850, 0.852, 0.848, 0.851, 0.849);
        assertEquals(Verdict.REPRODUCED, VerdictRule.comparable("c", Summary.of(0.845, 0.846, 0.844, 0.845, 0.846), relu,
                true, 0.02).verdict());
        assertEquals(Verdict.NOT_REPRODUCED, VerdictRule.comparable("c", Summary.of(0.70, 0.71, 0.69, 0.70, 0.71), relu,
                true, 0.02).verdict());
        // noisy: the interval reaches past the margin on one side only
        assertEquals(Verdict.INCONCLUSIVE, VerdictRule.comparable("c", Summary.of(0.80, 0.86, 0.78, 0.84, 0.83), relu,
                true, 0.02).verdict());
    }

    @Test
    void thresholdsNeedTheWholeIntervalOnOneSide() {
        assertEquals(Verdict.REPRODUCED, VerdictRule.beyond(Summary.of(0.97, 0.96, 0.97, 0.98, 0.97), 0.95, true));
        assertEquals(Verdict.NOT_REPRODUCED, VerdictRule.beyond(Summary.of(0.60, 0.62, 0.61, 0.59, 0.60), 0.95, true));
        assertEquals(Verdict.INCONCLUSIVE, VerdictRule.beyond(Summary.of(0.86, 0.57, 0.90, 0.99, 0.97), 0.95, true),
                "ReLU at 50 layers: 86 % and 57 % among the seeds");
        assertEquals(Verdict.REPRODUCED, VerdictRule.beyond(Summary.of(0.60, 0.62, 0.61), 0.80, false));
    }

    @Test
    void partsCombine() {
        Verdict r = Verdict.REPRODUCED, p = Verdict.PARTLY_REPRODUCED, i = Verdict.INCONCLUSIVE, n = Verdict.NOT_REPRODUCED;
        assertEquals(r, VerdictRule.combine(List.of(r, r)));
        assertEquals(p, VerdictRule.combine(List.of(r, n)));
        assertEquals(p, VerdictRule.combine(List.of(r, i)));
        assertEquals(p, VerdictRule.combine(List.of(p, p)));
        assertEquals(n, VerdictRule.combine(List.of(i, n)));
        assertEquals(i, VerdictRule.combine(List.of(i, i)));
        assertEquals(r, VerdictRule.best(List.of(n, i, r)));
        assertEquals(i, VerdictRule.best(List.of(n, i)));
    }

    @Test
    void tallies() {
        assertEquals(Verdict.REPRODUCED, VerdictRule.tally(5, 0, 9));
        assertEquals(Verdict.PARTLY_REPRODUCED, VerdictRule.tally(5, 1, 9));
        assertEquals(Verdict.PARTLY_REPRODUCED, VerdictRule.tally(2, 0, 9));
        assertEquals(Verdict.NOT_REPRODUCED, VerdictRule.tally(1, 4, 9));
        assertEquals(Verdict.INCONCLUSIVE, VerdictRule.tally(0, 0, 9), "every task within the spread");
        assertEquals(Verdict.INCONCLUSIVE, VerdictRule.tally(2, 2, 9));
    }

    @Test
    void failuresAreNaNBlowUpsAndChance() {
        assertTrue(Failure.of("loss is NaN", 2.0, 2.3, 0.5, 0.1).startsWith("diverged"));
        assertTrue(Failure.of(null, Double.NaN, 2.3, 0.1, 0.1).startsWith("diverged"));
        assertTrue(Failure.of(null, 51, 2.3, 0.4, 0.1).startsWith("blew up"), "test loss above 50");
        assertTrue(Failure.of(null, 30, 0.2, Double.NaN, Double.NaN).startsWith("blew up"), "100× the untrained loss");
        assertNull(Failure.of(null, 4339, 29000, Double.NaN, Double.NaN), "raw-scale MSE: only the factor applies");
        assertTrue(Failure.of(null, 2.30, 2.30, 0.115, 0.10).startsWith("at chance"));
        assertNull(Failure.of(null, 0.4, 2.3, 0.85, 0.10));
        assertNull(Failure.of(null, 0.02, 0.3, Double.NaN, Double.NaN), "regression has no chance level");
    }
}
