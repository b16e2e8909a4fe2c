package org.activationworkbench.plot;

import java.util.List;
import org.activationworkbench.experiment.Histogram;

/**
 * The x-range of an activation panel: where the layer's pre-activations actually are. The rule, the same for the
 * live window and every exported figure: the family's working range, widened to the 2–98 % quantiles of the
 * recent snapshots' inputs (averaged over those snapshots) when they reach more than a fifth of its span beyond it,
 * the widened ends rounded out to 1-2-5 steps. Inputs spilling a little past the range leave it alone, so the axis does not twitch from one
 * snapshot to the next; only a real move of the data moves it, in steps.
 */
public final class InputRange {

    /** How far beyond the working range (as a share of its span) inputs may reach before the range widens. */
    static final double SLACK = 0.2;
    /** Rounding of a widened end: about this many 1-2-5 steps over the range. */
    static final int STEPS = 8;

    private InputRange() {
    }

    /** The range for a layer given its recent histograms (oldest first; nulls skipped). */
    public static double[] of(double[] working, List<Histogram> recent) {
        double wlo = working[0], whi = working[1], span = whi - wlo;
        // the mean of the recent batches' quantiles: one batch's tail is noisy, a few agree
        double sumLo = 0, sumHi = 0;
        int n = 0;
        for (Histogram h : recent) {
            if (h == null || !Double.isFinite(h.dataLo()) || !Double.isFinite(h.dataHi())) continue;
            sumLo += h.dataLo();
            sumHi += h.dataHi();
            n++;
        }
        if (n == 0) return new double[] {wlo, whi};
        double dlo = sumLo / n, dhi = sumHi / n;
        double lo = dlo < wlo - SLACK * span ? dlo : wlo;
        double hi = dhi > whi + SLACK * span ? dhi : whi;
        if (lo == wlo && hi == whi) return new double[] {wlo, whi};
        double step = NiceTicks.step(lo, hi, STEPS);
        if (lo < wlo) lo = Math.floor(lo / step) * step;
        if (hi > whi) hi = Math.ceil(hi / step) * step;
        return new double[] {lo, hi};
    }
}
