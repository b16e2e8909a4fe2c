package org.activationworkbench.activation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** --init-fit on this branch's families: the fitted curve imitates the target baseline. */
class InitFitFamiliesTest {

    private static Activation fitted(String family, String target) {
        return ActivationRegistry.create(ActivationSpec.of(family).withInitFit(target));
    }

    /** Root-mean-square of f − g over the family's working range. */
    private static double rms(Activation a, Baseline g) {
        double[] p = a.initialParameters();
        double[] r = a.workingRange();
        double s = 0;
        int n = 401;
        for (int i = 0; i < n; i++) {
            double x = r[0] + (r[1] - r[0]) * i / (n - 1);
            double d = a.value(x, p, 0) - g.value(x);
            s += d * d;
        }
        return Math.sqrt(s / n);
    }

    @Test
    void bsplineFitToGeluHitsGeluAtTheKnots() {
        BSplineActivation a = (BSplineActivation) fitted("bspline", "gelu");
        double[] c = a.initialParameters();
        // a least-squares line sits below a convex curve at the segment ends by about h²·g''/12; gelu'' ≤ 2φ(0)
        double h = 0.3;
        double bound = h * h * 2 * 0.3989422804014327 / 12; // 0.006
        for (int j = 0; j < a.knots(); j++) {
            double g = Baseline.GELU.value(a.knot(j));
            assertEquals(g, c[j], bound, "c_" + j);
        }
        // and far from the curvature, the knots are at gelu to ~1e-3
        assertEquals(Baseline.GELU.value(-2.4), c[2], 1e-3);
        assertEquals(Baseline.GELU.value(2.4), c[18], 1e-3);
    }

    @Test
    void tropicalFitToReluIsClose() {
        Activation a = fitted("tropical", "relu");
        Activation init = ActivationRegistry.create(ActivationSpec.of("tropical"));
        double before = rms(init, Baseline.RELU);
        double after = rms(a, Baseline.RELU);
        // slopes are fixed at k·√2/5, so relu's slope 1 is only approximated by a convex envelope
        assertTrue(after < 0.1, "rms after fit " + after);
        assertTrue(after < before / 3, "fit " + after + " vs init " + before);
    }

    @Test
    void dynFitToABaselineIsReasonable() {
        Activation a = fitted("dyn", "gelu"); // relu base fitted to gelu
        double[] p = a.initialParameters();
        assertTrue(rms(a, Baseline.GELU) < 0.1, "rms " + rms(a, Baseline.GELU));
        assertTrue(p[0] > 0.8 && p[0] < 1.2, "alpha " + p[0]);
        Activation same = ActivationRegistry.create(ActivationSpec.of("dyn").with("base", "tanh").withInitFit("tanh"));
        assertEquals(1.0, same.initialParameters()[0], 1e-6);
        assertEquals(0.0, same.initialParameters()[1], 1e-6);
    }

    @Test
    void preluFitToLeakyReluFindsItsSlope() {
        Activation a = fitted("prelu", "leaky_relu");
        assertEquals(0.01, a.initialParameters()[0], 1e-6);
    }
}
