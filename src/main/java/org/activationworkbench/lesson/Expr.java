package org.activationworkbench.lesson;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An arithmetic expression of an end condition: numbers, the run's quantities (test loss, test accuracy, epoch, step),
 * activation parameters by name, + − × ÷, unary minus, and abs, min, max. Evaluated for one activation vector
 * (a layer, and a neuron when each neuron has its own); nothing else can be computed, so a lesson runs no code.
 */
public sealed interface Expr {

    /** The value at this reading for vector {@code vector} of layer {@code layer} (both from 0). */
    double value(Reading r, int layer, int vector);

    /** Its direct parts. */
    List<Expr> parts();

    /** The parameter names it uses (empty: it reads only the run's quantities). */
    default Set<String> parameters() {
        Set<String> s = new LinkedHashSet<>();
        if (this instanceof Param p) s.add(p.name());
        for (Expr e : parts()) s.addAll(e.parameters());
        return s;
    }

    /** The run's quantities it uses. */
    default Set<Quantity> quantities() {
        Set<Quantity> s = EnumSet.noneOf(Quantity.class);
        if (this instanceof Metric m) s.add(m.quantity());
        for (Expr e : parts()) s.addAll(e.quantities());
        return s;
    }

    /** A number. */
    record Num(double value) implements Expr {
        @Override public double value(Reading r, int layer, int vector) { return value; }
        @Override public List<Expr> parts() { return List.of(); }
    }

    /** One of the run's quantities. */
    record Metric(Quantity quantity) implements Expr {
        @Override
        public double value(Reading r, int layer, int vector) {
            return switch (quantity) {
                case TEST_LOSS -> r.testLoss();
                case TEST_ACCURACY -> r.testAccuracy();
                case EPOCH -> r.epoch();
                case STEP -> r.step();
            };
        }

        @Override public List<Expr> parts() { return List.of(); }
    }

    /** An activation parameter by the family's name for it ("alpha", "c3", "a_2"). */
    record Param(String name, Where where) implements Expr {
        @Override
        public double value(Reading r, int layer, int vector) {
            return layer < r.layers().size() ? r.layers().get(layer).value(name, vector) : Double.NaN;
        }

        @Override public List<Expr> parts() { return List.of(); }
    }

    /** −e. */
    record Negate(Expr e) implements Expr {
        @Override public double value(Reading r, int layer, int vector) { return -e.value(r, layer, vector); }
        @Override public List<Expr> parts() { return List.of(e); }
    }

    /** a op b for op in + − * /. */
    record Binary(char op, Expr a, Expr b) implements Expr {
        @Override
        public double value(Reading r, int layer, int vector) {
            double x = a.value(r, layer, vector);
            double y = b.value(r, layer, vector);
            return switch (op) {
                case '+' -> x + y;
                case '-' -> x - y;
                case '*' -> x * y;
                case '/' -> x / y;
                default -> throw new IllegalStateException("operator " + op);
            };
        }

        @Override public List<Expr> parts() { return List.of(a, b); }
    }

    /** abs(x), min(x, y, …), max(x, y, …). */
    record Call(String function, List<Expr> args) implements Expr {
        public Call {
            args = List.copyOf(args);
        }

        @Override
        public double value(Reading r, int layer, int vector) {
            double out = args.get(0).value(r, layer, vector);
            if (function.equals("abs")) return Math.abs(out);
            for (int i = 1; i < args.size(); i++) {
                double v = args.get(i).value(r, layer, vector);
                out = function.equals("min") ? Math.min(out, v) : Math.max(out, v);
            }
            return out;
        }

        @Override public List<Expr> parts() { return args; }
    }

    /** The run's quantities a condition can name. */
    enum Quantity {
        TEST_LOSS("test loss"), TEST_ACCURACY("test accuracy"), EPOCH("epoch"), STEP("step");

        private final String words;

        Quantity(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }
}
