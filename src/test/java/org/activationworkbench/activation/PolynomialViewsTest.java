package org.activationworkbench.activation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Views: curve, terms under it, bars and the formula with current numbers. */
class PolynomialViewsTest {

    private static List<String> groups(ActivationView v) {
        return v.bars().stream().map(ActivationView.Bar::group).distinct().toList();
    }

    /** The components of a series sum back to the curve. */
    private static void assertTermsSumToCurve(ActivationView v, double constant) {
        for (int i = 0; i < v.x().length; i++) {
            double s = constant;
            for (ActivationView.Component c : v.components()) s += c.y()[i];
            assertEquals(v.y()[i], s, 1e-9);
        }
    }

    @Test
    void slafFormulaAtInit() {
        SlafActivation a = new SlafActivation(3);
        ActivationView v = a.view(a.initialParameters(), 0, -3, 3, 61);
        assertEquals("f(x) = 0.000 + 1.00·x + 0.000·x² + 0.000·x³", v.formula());
        assertEquals(List.of("coefficients"), groups(v));
        assertEquals(4, v.components().size());
        assertNull(v.activePiece());
        assertTermsSumToCurve(v, 0);
        assertEquals(3, v.y()[60], 1e-12);
        assertEquals(1, v.dy()[30], 1e-12);
    }

    @Test
    void slafFormulaSigns() {
        SlafActivation a = new SlafActivation(2);
        assertEquals("f(x) = −0.500 + 12.3·x − 0.00123·x²",
                a.view(new double[] {-0.5, 12.34, -0.001234}, 0, -1, 1, 3).formula());
    }

    @Test
    void hermiteView() {
        HermiteActivation a = new HermiteActivation(3);
        ActivationView v = a.view(a.initialParameters(), 0, -3, 3, 41);
        assertEquals("f(x) = 0.554 + 0.607·He₁(x) + 0.607·He₂(x)/2! + 0.607·He₃(x)/3!", v.formula());
        assertEquals(List.of("coefficients"), groups(v));
        assertEquals("a_2·He_2/2!", v.components().get(2).name());
        assertTermsSumToCurve(v, 0);
        assertNull(v.activePiece());
    }

    @Test
    void fourierView() {
        FourierActivation a = new FourierActivation(2);
        double[] p = a.initialParameters();
        ActivationView v = a.view(p, 0, -3, 3, 41);
        assertEquals("f(x) = 0.574 + 0.662·cos(1.00·x − 0.785) + 0.662·cos(2.00·x − 0.785)/2!", v.formula());
        assertEquals(List.of("amplitudes", "frequencies"), groups(v));
        assertEquals(0.66232645879 / 2, v.bars().get(1).value(), 1e-12);
        assertEquals(2, v.bars().get(3).value(), 0);
        assertTermsSumToCurve(v, p[0]);
    }

    @Test
    void rationalView() {
        RationalActivation a = new RationalActivation();
        ActivationView v = a.view(a.initialParameters(), 0, -3, 3, 41);
        assertEquals(List.of("P(x)", "Q(x)"), v.components().stream().map(ActivationView.Component::name).toList());
        assertEquals(List.of("numerator", "denominator"), groups(v));
        // 5.125e-7 is stored as 5.12499…e-7 in binary, so it rounds down
        for (int i = 0; i < v.x().length; i++) {
            assertEquals(v.y()[i], v.components().get(0).y()[i] / v.components().get(1).y()[i], 1e-12);
        }
        assertEquals("f(x) = (0.0336 + 0.505·x + 1.65·x² + 2.01·x³ + 0.932·x⁴ + 0.152·x⁵)"
                + " / (1.00 + 3.31e-6·|x| + 3.98·|x|² + 5.12e-7·|x|³ + 0.302·|x|⁴)", v.formula());
    }
}
