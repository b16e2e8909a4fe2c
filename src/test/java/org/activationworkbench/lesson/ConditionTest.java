package org.activationworkbench.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The end-condition language: what each form means on a reading, and where a mistake is. */
class ConditionTest {

    private static final Where AT = new Where("t.yaml", 5, 12);
    private static final List<String> DYN = List.of("alpha", "beta");

    private static Condition parse(String text) {
        return ConditionParser.parse(text, AT);
    }

    /** Two dyn layers, one vector each: (α, β) = (1, 0.2) and (0.6, 0.4). */
    private static Reading reading(long step, double epoch, double loss, double accuracy) {
        return new Reading(step, epoch, loss, accuracy, false, List.of(
                new Reading.Layer(DYN, 1, new double[] {1, 0.2}),
                new Reading.Layer(DYN, 1, new double[] {0.6, 0.4})));
    }

    private static final Reading START = reading(100, 4, 1.0, 0.5);

    @Test
    void countsAreFromTheStepsStart() {
        Condition c = parse("20 epochs");
        assertFalse(c.met(reading(500, 23.9, 0.5, 0.5), START));
        assertTrue(c.met(reading(600, 24, 0.5, 0.5), START));
        assertTrue(c.due(600, 24, true, START));
        assertFalse(c.due(599, 23.99, false, START));
        Condition steps = parse("50 steps");
        assertFalse(steps.met(reading(149, 5, 1, 1), START));
        assertTrue(steps.met(reading(150, 5, 1, 1), START));
    }

    @Test
    void metricsCompareAndPercentReadsAsAFraction() {
        Condition c = parse("test accuracy >= 90%");
        assertFalse(c.met(reading(1, 1, 0.1, 0.899), START));
        assertTrue(c.met(reading(1, 1, 0.1, 0.9), START));
        Condition loss = parse("test loss < 0.005");
        assertTrue(loss.met(reading(1, 1, 0.004, Double.NaN), START));
        assertFalse(loss.met(reading(1, 1, 0.006, Double.NaN), START));
        assertFalse(loss.met(reading(1, 1, Double.NaN, Double.NaN), START), "not measured is not met");
        assertTrue(loss.due(3, 1, true, START) && !loss.due(3, 0.5, false, START), "checked at epoch ends");
    }

    @Test
    void parametersWithScopes() {
        Reading r = reading(1, 1, 1, 1);   // α − β: 0.8 in layer 1, 0.2 in layer 2
        assertTrue(parse("alpha - beta < 0.5 in layer 2").met(r, START));
        assertFalse(parse("alpha - beta < 0.5 in layer 1").met(r, START));
        assertTrue(parse("α − β < 0.5 in any layer").met(r, START));
        assertFalse(parse("alpha - beta < 0.5 in every layer").met(r, START));
        assertTrue(parse("abs(alpha - beta) <= 0.8 in every layer").met(r, START));
        assertTrue(parse("beta * 2 > alpha in layer 2").met(r, START));
    }

    @Test
    void orAndAnd() {
        Condition or = parse("test loss < 0.01 or 10 epochs");
        assertInstanceOf(Condition.AnyOf.class, or);
        assertTrue(or.met(reading(1, 14, 1, 1), START));
        assertTrue(or.met(reading(1, 5, 0.001, 1), START));
        assertFalse(or.met(reading(1, 5, 1, 1), START));
        Condition and = parse("test loss < 0.01 and 10 epochs");
        assertFalse(and.met(reading(1, 14, 1, 1), START));
        assertTrue(and.met(reading(1, 14, 0.001, 1), START));
        assertTrue(parse("next or 5 epochs").automatic());
        assertFalse(parse("next").automatic());
    }

    @Test
    void divergedReadsTheFlag() {
        Condition c = parse("diverged");
        assertFalse(c.met(START, START));
        assertTrue(c.met(new Reading(3, 0.1, Double.NaN, Double.NaN, true, List.of()), START));
    }

    @Test
    void mistakesNameTheirColumn() {
        LessonException e = assertThrows(LessonException.class, () -> parse("test loss 0.5"));
        assertEquals(5, e.where().line());
        assertTrue(e.where().column() > AT.column(), "the column of the offending word, not the value's: " + e.getMessage());
        assertTrue(e.getMessage().contains("comparison"), e.getMessage());
        LessonException dangling = assertThrows(LessonException.class, () -> parse("alpha < 0.5 in"));
        assertTrue(dangling.getMessage().contains("layer N"), dangling.getMessage());
        assertThrows(LessonException.class, () -> parse(""));
        assertThrows(LessonException.class, () -> parse("0 epochs"));
        assertThrows(LessonException.class, () -> parse("alpha < beta < 1 in layer 1"));
    }
}
