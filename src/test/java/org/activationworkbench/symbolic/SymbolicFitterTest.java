package org.activationworkbench.symbolic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Known truths read back, degenerate shapes never crash, and the ranking rule does what it says. */
class SymbolicFitterTest {

    static final List<Primitive> LIBRARY = List.of(Primitive.values());

    static FitData uniform(double lo, double hi, DoubleUnaryOperator f) {
        int n = SymbolicFitter.POINTS;
        double[] x = new double[n], y = new double[n], w = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = lo + (hi - lo) * i / (n - 1);
            y[i] = f.applyAsDouble(x[i]);
            w[i] = 1;
        }
        return new FitData(x, y, w);
    }

    /** Every form of the library, scaled and shifted, reads back as itself or an exact equivalent, R² ≥ 0.9999. */
    @ParameterizedTest
    @EnumSource(Primitive.class)
    void everyFormReadsBackAsItself(Primitive g) {
        double b = g.homogeneous() ? 1 : g.periodic() ? 2.3 : 1.7;
        Formula truth = Formula.of(g, 1.3, b, 0.4, -0.2);
        List<Candidate> c = SymbolicFitter.fit(uniform(-2, 2.5, truth::evaluate), LIBRARY);
        Candidate best = c.get(0);
        assertEquals(g.equivalenceClass(), best.formula().equivalenceKey(), "best reading " + best.formula()
                + " for " + truth + "; all: " + c);
        assertTrue(best.r2() >= 0.9999, best.toString());
        assertTrue(best.maxError() < 1e-3 * 3, best.toString());
    }

    @Test
    void aScaledTanhReadsBackWithItsParameters() {
        Formula truth = Formula.of(Primitive.TANH, 2.0, 0.8, -0.3, 0.5);
        Candidate best = SymbolicFitter.fit(uniform(-4, 4, truth::evaluate), LIBRARY).get(0);
        Term t = best.formula().terms().get(0);
        assertEquals(Primitive.TANH, t.g());
        assertEquals(2.0, t.a(), 1e-6);
        assertEquals(0.8, t.b(), 1e-6);
        assertEquals(-0.3, t.c(), 1e-6);
        assertEquals(0.5, best.formula().offset(), 1e-6);
    }

    @Test
    void aSigmoidIsReadAsItsTanhEquivalentOnce() {
        Formula truth = Formula.of(Primitive.SIGMOID, 1, 3, 0, 0);
        List<Candidate> c = SymbolicFitter.fit(uniform(-3, 3, truth::evaluate), LIBRARY);
        assertEquals("tanh", c.get(0).formula().equivalenceKey());
        assertEquals(1, c.stream().filter(k -> k.formula().equivalenceKey().equals("tanh")).count(),
                "tanh and sigmoid are one reading: " + c);
        // ½ + ½·tanh(1.5x): the tanh reading's parameters are the equivalent ones
        Formula f = c.get(0).formula();
        for (double x = -3; x <= 3; x += 0.25) assertEquals(truth.evaluate(x), f.evaluate(x), 1e-6);
    }

    @Test
    void aSumOfTwoFormsIsFoundInTheSecondTier() {
        DoubleUnaryOperator truth = x -> 0.8 * Math.tanh(2 * x) + 0.3 * Math.sin(3 * x + 0.5) + 0.1;
        Candidate best = SymbolicFitter.fit(uniform(-3, 3, truth), LIBRARY).get(0);
        assertEquals("sin+tanh", best.formula().equivalenceKey(), best.toString());
        assertTrue(best.r2() > 0.99999, best.toString());
    }

    @Test
    void aStraightLineReadsAsALineNotSomethingFancier() {
        List<Candidate> c = SymbolicFitter.fit(uniform(-1, 1, x -> 0.7 * x - 0.2), LIBRARY);
        assertEquals("identity", c.get(0).fn());
        assertEquals(2, c.get(0).complexity());
        assertTrue(c.get(0).pareto());
    }

    /** Constant, huge, tiny, steep, far-off, spiky and random shapes: finite numbers, never an exception. */
    @Test
    void degenerateShapesNeverCrashOrGiveNaN() {
        Random rnd = new Random(7);
        double[] table = new double[40];
        for (int i = 0; i < table.length; i++) table[i] = rnd.nextGaussian();
        List<FitData> shapes = List.of(
                uniform(-3, 3, x -> 1.5),
                uniform(-3, 3, x -> 0),
                uniform(-3, 3, x -> 1e12 * Math.tanh(x)),
                uniform(-3, 3, x -> 1e-12 * x * x),
                uniform(-3, 3, x -> x > 0.1 ? 1 : 0),
                uniform(-3, 3, x -> Math.tanh(1e4 * x)),
                uniform(1e6, 1e6 + 1, x -> Math.sin(x - 1e6)),
                uniform(-1e-6, 1e-6, x -> 1e6 * x),
                uniform(-3, 3, x -> 1e300 * x),
                uniform(-3, 3, x -> 1e307 * Math.tanh(x)),
                uniform(-3, 3, x -> -1e306 + 1e-3 * x),
                uniform(-3, 3, x -> table[(int) Math.min(39, (x + 3) / 6 * 40)]),
                uniform(0, 0, x -> 2),
                new FitData(new double[] {-1, 0, 1}, new double[] {0, 5, 0}, new double[] {0, 1, 0}));
        for (FitData d : shapes) {
            List<Candidate> c = SymbolicFitter.fit(d, LIBRARY);
            assertFalse(c.isEmpty(), "no reading at all");
            for (Candidate k : c) {
                assertTrue(Double.isFinite(k.r2()) && Double.isFinite(k.maxError()) && Double.isFinite(k.score()), k.toString());
                assertTrue(k.formula().finite(), k.toString());
                assertFalse(k.formula().text().contains("NaN"), k.toString());
            }
        }
        assertEquals(1.0, SymbolicFitter.fit(uniform(-3, 3, x -> 1.5), LIBRARY).get(0).r2(), "a constant is read exactly");
        Candidate huge = SymbolicFitter.fit(uniform(-3, 3, x -> 1e307 * Math.tanh(x)), LIBRARY).get(0);
        assertEquals("tanh", huge.fn(), "values near the double range are read like any other: " + huge);
        assertTrue(huge.r2() > 0.9999, huge.toString());
        Candidate steep = SymbolicFitter.fit(uniform(-3, 3, x -> Math.tanh(50 * (x - 0.5))), LIBRARY).get(0);
        assertEquals("tanh", steep.formula().equivalenceKey(), "a steep step is still a tanh: " + steep);
        assertTrue(steep.r2() > 0.99, steep.toString());
    }

    @Test
    void aDivergedActivationIsRefusedWithAReason() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> uniform(-1, 1, x -> x > 0.5 ? Double.NaN : x));
        assertTrue(e.getMessage().contains("not finite"), e.getMessage());
    }

    @Test
    void fittingIsDeterministic() {
        FitData d = uniform(-2, 2, x -> Math.abs(x) + 0.2 * Math.sin(5 * x));
        assertEquals(SymbolicFitter.fit(d, LIBRARY), SymbolicFitter.fit(d, LIBRARY));
    }

    @Test
    void theParetoFrontHasNoDominatedReading() {
        List<Candidate> c = SymbolicFitter.fit(uniform(-2, 2, x -> Math.max(0, x) + 0.05 * x * x), LIBRARY);
        for (Candidate k : c) {
            boolean dominated = c.stream().anyMatch(o -> o != k && o.complexity() <= k.complexity() && o.r2() >= k.r2()
                    && (o.complexity() < k.complexity() || o.r2() > k.r2()));
            assertEquals(!dominated, k.pareto(), k + " in " + c);
        }
        double[] scores = c.stream().mapToDouble(Candidate::score).toArray();
        double[] sorted = scores.clone();
        Arrays.sort(sorted);
        assertTrue(Arrays.equals(scores, sorted), "best first");
    }
}
