package org.activationworkbench.activation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/** The curves at init against the spec's init rules and hand-computed values. */
class PolynomialInitCurvesTest {

    /** E[g(x)] for x ~ N(0,1) by the trapezoid rule on [−12, 12] (spectrally accurate for smooth g). */
    private static double gaussianMean(DoubleUnaryOperator g) {
        int n = 4800;
        double h = 24.0 / n;
        double s = 0;
        for (int i = 0; i <= n; i++) {
            double x = -12 + i * h;
            double w = (i == 0 || i == n) ? 0.5 : 1;
            s += w * g.applyAsDouble(x) * Math.exp(-x * x / 2);
        }
        return s * h / Math.sqrt(2 * Math.PI);
    }

    private static double secondMoment(Activation a) {
        double[] p = a.initialParameters();
        return gaussianMean(x -> Math.pow(a.value(x, p, 0), 2));
    }

    /**
     * With E[He_j·He_k] = k!·δ_jk, the spec init gives E[f²] = e^{−1}(1 − 1/n! + Σ_{k=1..n} 1/k!):
     * 0.9197 at n = 3, tending to 1 as n grows (within 1e-2 from n = 5 on).
     */
    @Test
    void hermiteSecondMomentMatchesTheSpecInit() {
        for (int n = 1; n <= 8; n++) {
            double expected = 1 - 1 / Factorials.of(n);
            for (int k = 1; k <= n; k++) expected += 1 / Factorials.of(k);
            expected *= Math.exp(-1);
            assertEquals(expected, secondMoment(new HermiteActivation(n)), 1e-9, "degree " + n);
            if (n >= 5) assertEquals(1, secondMoment(new HermiteActivation(n)), 1e-2, "degree " + n);
        }
        assertEquals(0.91970, secondMoment(new HermiteActivation(3)), 1e-5);
    }

    /**
     * The spec's fourier init normalises Σ c_k²/(k!)² as if each cos² averaged 1; under N(0,1) the exact
     * moment is E[f²] = a_0² + √2·a_0·Σ C_k e^{−k²/2} + ½ Σ_jk C_j C_k e^{−(j−k)²/2}, C_k = c/k! (1.3073 at n = 5).
     */
    @Test
    void fourierSecondMomentMatchesTheSpecInit() {
        FourierActivation a = new FourierActivation(5);
        double[] p = a.initialParameters();
        double a0 = p[0];
        double expected = a0 * a0;
        for (int k = 1; k <= 5; k++) {
            double ck = FourierActivation.AMPLITUDE / Factorials.of(k);
            expected += Math.sqrt(2) * a0 * ck * Math.exp(-k * k / 2.0);
            for (int j = 1; j <= 5; j++) {
                expected += 0.5 * ck * FourierActivation.AMPLITUDE / Factorials.of(j) * Math.exp(-(j - k) * (j - k) / 2.0);
            }
        }
        assertEquals(expected, secondMoment(a), 1e-9);
        assertEquals(1.30730, secondMoment(a), 1e-5);
    }

    @Test
    void hermiteSpotValues() {
        HermiteActivation a = new HermiteActivation(3);
        double[] p = a.initialParameters();
        double s = Math.exp(-0.5);
        double a0 = s * Math.sqrt(5.0 / 6);
        assertEquals(a0, p[0], 1e-15);
        // He(0) = 1, 0, −1, 0 and He(1) = 1, 1, 0, −2
        assertEquals(a0 - s / 2, a.value(0, p, 0), 1e-12);
        assertEquals(a0 + s - s * 2 / 6, a.value(1, p, 0), 1e-12);
        assertEquals(0.9580380, a.value(1, p, 0), 1e-6);
        // f'(0) = a_1·He_0 + a_2·He_1 + a_3·He_2/2! = s + 0 − s/2
        assertEquals(s / 2, a.derivative(0, p, 0), 1e-12);
    }

    @Test
    void fourierInitAndSpotValues() {
        FourierActivation a = new FourierActivation(5);
        double[] p = a.initialParameters();
        double c = 0.66232645879;
        assertEquals(c * Math.sqrt(1 - 1 / (120.0 * 120.0)), p[0], 1e-15);
        for (int k = 1; k <= 5; k++) {
            assertEquals(c, p[k], 0);
            assertEquals(k, p[5 + k], 0);
            assertEquals(Math.PI / 4, p[10 + k], 0);
        }
        // at x = 0 every term is c·cos(−π/4)/k!
        double sumInvFact = 1 + 1 / 2.0 + 1 / 6.0 + 1 / 24.0 + 1 / 120.0;
        assertEquals(p[0] + c * Math.sqrt(0.5) * sumInvFact, a.value(0, p, 0), 1e-12);
        // f'(0) = −Σ c·k·sin(−π/4)/k! = c·√½·Σ 1/(k−1)!
        assertEquals(c * Math.sqrt(0.5) * (1 + 1 + 0.5 + 1 / 6.0 + 1 / 24.0), a.derivative(0, p, 0), 1e-12);
        // the spec's literal 0.66232645879 is 1/√I_0(2) = 0.662326414872 only to 7 digits; the literal is used
        double i0 = 0;
        for (int j = 0; j < 20; j++) i0 += 1 / (Factorials.of(j) * Factorials.of(j));
        assertEquals(1 / Math.sqrt(i0), c, 1e-7);
    }

    @Test
    void slafStartsAsIdentity() {
        for (int d = 1; d <= 9; d++) {
            SlafActivation a = new SlafActivation(d);
            double[] p = a.initialParameters();
            for (double x = -4; x <= 4; x += 0.5) {
                assertEquals(x, a.value(x, p, 0), 0);
                assertEquals(1, a.derivative(x, p, 0), 0);
            }
        }
    }

    @Test
    void rationalStartsNearLeakyRelu() {
        RationalActivation a = new RationalActivation();
        double[] p = a.initialParameters();
        for (double x = -3; x <= 3; x += 0.01) {
            double leaky = x > 0 ? x : 0.01 * x;
            assertTrue(Math.abs(a.value(x, p, 0) - leaky) < 0.05, "at " + x + ": " + a.value(x, p, 0));
        }
        assertEquals(0.0335584, a.value(0, p, 0), 1e-12);
        // P(1) = Σ a_j = 5.2863344, Q(1) = 1 + Σ|b_k| = 5.2820498205
        assertEquals(5.2863344 / 5.2820498205, a.value(1, p, 0), 1e-12);
        // Q is even in x: Q(−1) = Q(1), P(−1) = alternating sum
        assertEquals((0.0335584 - 0.505 + 1.653439 - 2.010011 + 0.931902 - 0.152424) / 5.2820498205,
                a.value(-1, p, 0), 1e-9);
    }
}
