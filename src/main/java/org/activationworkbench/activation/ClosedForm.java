package org.activationworkbench.activation;

import java.util.List;

/**
 * A closed form y = Σ a·g(b·x + c) + d that stands in for a learned activation after surgery: what model.json
 * keeps of a fitted formula (the symbolic reading's Formula turns into one), and what a {@link FormulaPatch}
 * evaluates. Immutable, one to a few terms, every number finite.
 *
 * @param terms the terms, at least one
 * @param d     the constant offset
 */
public record ClosedForm(List<Term> terms, double d) {

    /**
     * One term a·g(b·x + c).
     *
     * @param fn the elementary function's label ("tanh")
     */
    public record Term(String fn, double a, double b, double c) {

        public Term {
            if (Elementary.byLabel(fn) == null) {
                throw new IllegalArgumentException("unknown function '" + fn + "' in a formula (known: "
                        + String.join(", ", java.util.Arrays.stream(Elementary.values()).map(Elementary::label).toList()) + ")");
            }
            if (!Double.isFinite(a) || !Double.isFinite(b) || !Double.isFinite(c)) {
                throw new IllegalArgumentException("a formula's " + fn + " term has a number that is not finite");
            }
        }

        Elementary g() {
            return Elementary.byLabel(fn);
        }
    }

    public ClosedForm {
        if (terms == null || terms.isEmpty()) throw new IllegalArgumentException("a formula needs at least one term");
        terms = List.copyOf(terms);
        if (!Double.isFinite(d)) throw new IllegalArgumentException("a formula's offset is not finite");
    }

    public double value(double x) {
        double y = d;
        for (Term t : terms) y += t.a() * t.g().value(t.b() * x + t.c());
        return y;
    }

    public double derivative(double x) {
        double s = 0;
        for (Term t : terms) s += t.a() * t.b() * t.g().derivative(t.b() * x + t.c());
        return s;
    }

    /** The formula as a torch expression in the tensor {@code x}, every digit kept. */
    public String torch(String x) {
        StringBuilder sb = new StringBuilder();
        for (Term t : terms) {
            String u = "(" + exact(t.b()) + ")*" + x + " + (" + exact(t.c()) + ")";
            sb.append(sb.length() == 0 ? "" : " + ").append('(').append(exact(t.a())).append(")*")
                    .append(t.g().torch(u));
        }
        return sb.append(" + (").append(exact(d)).append(')').toString();
    }

    /** Plain text with four significant digits: "1.02*tanh(0.98*x + 0.01) + -0.003". */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (Term t : terms) {
            sb.append(sb.length() == 0 ? "" : " + ").append(short4(t.a())).append('*').append(t.fn()).append('(')
                    .append(short4(t.b())).append("*x + ").append(short4(t.c())).append(')');
        }
        return sb.append(" + ").append(short4(d)).toString();
    }

    private static String exact(double v) {
        return Double.toString(v).replace("E", "e");
    }

    private static String short4(double v) {
        return String.format(java.util.Locale.ROOT, "%.4g", v);
    }
}
