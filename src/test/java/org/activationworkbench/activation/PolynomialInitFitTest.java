package org.activationworkbench.activation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** InitFit.fit on the polynomial families against smooth fixed targets. */
class PolynomialInitFitTest {

    /** Root-mean-square of value and slope residuals over the family's working range. */
    private static double rms(Activation f, double[] p, Activation g) {
        double[] r = f.workingRange();
        double[] xs = Activation.grid(r[0], r[1], 301);
        double s = 0;
        for (double x : xs) {
            s += Math.pow(f.value(x, p, 0) - g.value(x, null, 0), 2);
            s += Math.pow(f.derivative(x, p, 0) - g.derivative(x, null, 0), 2);
        }
        return Math.sqrt(s / (2 * xs.length));
    }

    @Test
    void hermiteFitsSoftplusAndTanh() {
        HermiteActivation a = new HermiteActivation(8);
        assertTrue(rms(a, InitFit.fit(a, TestTargets.SOFTPLUS), TestTargets.SOFTPLUS) < 2e-3);
        assertTrue(rms(a, InitFit.fit(a, TestTargets.TANH), TestTargets.TANH) < 5e-2);
    }

    @Test
    void slafFitsSoftplus() {
        SlafActivation a = new SlafActivation(6);
        double[] p = InitFit.fit(a, TestTargets.SOFTPLUS);
        assertTrue(rms(a, p, TestTargets.SOFTPLUS) < 5e-3, "rms " + rms(a, p, TestTargets.SOFTPLUS));
        // softplus(0) = log 2, softplus'(0) = 1/2
        assertEquals(Math.log(2), a.value(0, p, 0), 5e-3);
        assertEquals(0.5, a.derivative(0, p, 0), 5e-3);
    }

    @Test
    void fourierFitHoldsFrequenciesAndPhases() {
        FourierActivation a = new FourierActivation(5);
        double[] init = a.initialParameters();
        double[] p = InitFit.fit(a, TestTargets.TANH);
        for (int i = 6; i < p.length; i++) assertEquals(init[i], p[i], 0, a.parameterNames().get(i));
        // with ω = k and φ = π/4 fixed the basis is coarse: the fit improves on init but is no close match
        assertTrue(rms(a, p, TestTargets.TANH) < 0.7 * rms(a, init, TestTargets.TANH));
    }

    @Test
    void rationalFitImprovesOnItsInit() {
        RationalActivation a = new RationalActivation();
        double[] init = a.initialParameters();
        double[] p = InitFit.fit(a, TestTargets.TANH);
        assertTrue(rms(a, p, TestTargets.TANH) < 0.1 * rms(a, init, TestTargets.TANH));
    }

    @Test
    void registryAppliesTheFitThroughOverride() {
        HermiteActivation a = new HermiteActivation(4);
        double[] p = InitFit.fit(a, TestTargets.SOFTPLUS);
        a.overrideInitialParameters(p);
        assertEquals(p[2], a.initialParameters()[2], 0);
    }
}
