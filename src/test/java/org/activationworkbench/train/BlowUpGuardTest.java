package org.activationworkbench.train;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Random;
import org.junit.jupiter.api.Test;

class BlowUpGuardTest {

    @Test
    void aLossThatExplodesWithinTheFirstBatchesIsCaught() {
        BlowUpGuard g = new BlowUpGuard();
        String verdict = null;
        double loss = 0.7;
        for (int i = 0; i < 40 && verdict == null; i++) {
            verdict = g.observe(loss);
            loss *= 10;   // a learning rate far too high: every batch ten times the last, from the second on
        }
        assertNotNull(verdict, "the mean of the first batches would have hidden it");
    }

    @Test
    void aNoisyHealthyRunIsNeverFlagged() {
        BlowUpGuard g = new BlowUpGuard();
        Random r = new Random(1);
        for (int i = 0; i < 5000; i++) {
            double loss = (0.05 + 2.0 * Math.exp(-i / 300.0)) * (0.3 + 1.4 * r.nextDouble());
            assertNull(g.observe(loss), "batch " + i);
        }
    }
}
