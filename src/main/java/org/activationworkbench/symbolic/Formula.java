package org.activationworkbench.symbolic;

import java.util.ArrayList;
import java.util.List;

/**
 * A closed form y = Σ a_i·g_i(b_i·x + c_i) + d: one term (the first tier) or two (the second), immutable. It
 * evaluates itself and its derivative in double precision and writes itself as plain text, LaTeX or a torch
 * expression, so a fixed activation can later wrap it (activation surgery) and an export can print it.
 */
public final class Formula {

    private final List<Term> terms;
    private final double d;

    public Formula(List<Term> terms, double d) {
        if (terms.isEmpty() || terms.size() > 2) throw new IllegalArgumentException("a formula has one or two terms");
        this.terms = List.copyOf(terms);
        this.d = d;
    }

    public static Formula of(Primitive g, double a, double b, double c, double d) {
        return new Formula(List.of(new Term(g, a, b, c)), d);
    }

    public List<Term> terms() {
        return terms;
    }

    /** The constant offset d. */
    public double offset() {
        return d;
    }

    public double evaluate(double x) {
        double y = d;
        for (Term t : terms) y += t.value(x);
        return y;
    }

    public double derivative(double x) {
        double s = 0;
        for (Term t : terms) s += t.derivative(x);
        return s;
    }

    /** The same function as the activation package keeps it: what a network computes after surgery. */
    public org.activationworkbench.activation.ClosedForm closedForm() {
        List<org.activationworkbench.activation.ClosedForm.Term> out = new ArrayList<>();
        for (Term t : terms) {
            out.add(new org.activationworkbench.activation.ClosedForm.Term(t.g().elementary().label(), t.a(), t.b(), t.c()));
        }
        return new org.activationworkbench.activation.ClosedForm(out, d);
    }

    /** "tanh", or "tanh+sin" for two terms: the `fn` column. */
    public String fn() {
        StringBuilder sb = new StringBuilder();
        for (Term t : terms) sb.append(sb.length() == 0 ? "" : "+").append(t.g().label());
        return sb.toString();
    }

    /**
     * The complexity count: fitted parameters (a, and b, c where they are free, per term; d once) plus one per
     * closed form other than identity. linear 2, relu and x² 4, tanh 5, tanh + x 6, tanh + sin 9.
     */
    public int complexity() {
        return complexity(terms.stream().map(Term::g).toList());
    }

    /** The complexity of any formula made of these forms. */
    public static int complexity(List<Primitive> forms) {
        int n = 1;
        for (Primitive g : forms) n += g.freeParameters() + (g == Primitive.IDENTITY ? 0 : 1);
        return n;
    }

    /** Key of the formula up to exact equivalents (tanh ≡ sigmoid, sin ≡ cos), order of terms ignored. */
    String equivalenceKey() {
        List<String> k = new ArrayList<>();
        for (Term t : terms) k.add(t.g().equivalenceClass());
        k.sort(null);
        return String.join("+", k);
    }

    boolean finite() {
        return Double.isFinite(d) && terms.stream().allMatch(Term::finite);
    }

    /**
     * The same function written plainly: identity as a·x (its shift moved into d), |b| = 1 for homogeneous forms,
     * b &gt; 0 wherever a symmetry of g allows it, the phase of sin and cos within (−π, π], and two terms in the
     * library's order.
     */
    public Formula canonical() {
        double offset = d;
        List<Term> out = new ArrayList<>();
        for (Term t : terms) {
            Primitive g = t.g();
            double a = t.a(), b = t.b(), c = t.c();
            if (g == Primitive.IDENTITY) {
                offset += a * c;
                a *= b;
                b = 1;
                c = 0;
            } else if (g.homogeneous() && b != 0) {
                double s = Math.abs(b);
                a *= Math.pow(s, g.degree());
                c /= s;
                b = Math.signum(b);
            }
            if (b < 0) {
                switch (g.symmetry()) {
                    case ODD -> a = -a;
                    case SIGMOID -> {
                        offset += a;
                        a = -a;
                    }
                    case EVEN -> { }
                    case NONE -> {
                        out.add(new Term(g, a, b, c));
                        continue;
                    }
                }
                b = -b;
                c = -c;
            }
            if (g.periodic()) c = Math.IEEEremainder(c, 2 * Math.PI);
            out.add(new Term(g, a, b, c));
        }
        out.sort(java.util.Comparator.comparing(Term::g)); // library order: "tanh+sin", never "sin+tanh"
        return new Formula(out, offset);
    }

    /** Plain text with four significant digits: "1.02*tanh(0.98*x + 0.01) - 0.003". */
    public String text() {
        return render(Syntax.TEXT, "x");
    }

    /** LaTeX for the right-hand side: "1.02\tanh(0.98x + 0.01) - 0.003". */
    public String latex() {
        return render(Syntax.LATEX, "x");
    }

    /** A torch expression in the tensor {@code variable}, every digit kept: "1.02*torch.tanh(0.98*x + 0.01) - 0.003". */
    public String torch(String variable) {
        return render(Syntax.TORCH, variable);
    }

    @Override
    public String toString() {
        return text();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Formula f && f.terms.equals(terms) && Double.compare(f.d, d) == 0;
    }

    @Override
    public int hashCode() {
        return terms.hashCode() * 31 + Double.hashCode(d);
    }

    private enum Syntax {
        TEXT, LATEX, TORCH;

        String number(double v) {
            return this == TORCH ? FormulaNumbers.exact(v) : this == LATEX ? FormulaNumbers.latexMagnitude(v)
                    : FormulaNumbers.magnitude(v);
        }

        /** Coefficient × expression: "2*x", "2x", "2\cdot 10^{3}x". */
        String times(String coefficient, String expression) {
            if (this != LATEX) return coefficient + "*" + expression;
            return coefficient + (coefficient.contains("\\times") ? " \\cdot " : "") + expression;
        }

        String apply(Primitive g, String u) {
            return switch (this) {
                case TEXT -> g.text(u);
                case LATEX -> g.latex(u);
                case TORCH -> g.torch(u);
            };
        }
    }

    private String render(Syntax s, String x) {
        StringBuilder sb = new StringBuilder();
        for (Term t : terms) {
            String u = inner(s, t, x);
            if (t.g() == Primitive.IDENTITY && !u.equals(x)) u = "(" + u + ")"; // a·(b·x + c), not a·b·x + c
            String body = s.times(s.number(t.a()), s.apply(t.g(), u));
            if (sb.length() == 0) sb.append(t.a() < 0 ? "-" : "").append(body);
            else sb.append(t.a() < 0 ? " - " : " + ").append(body);
        }
        sb.append(d < 0 ? " - " : " + ").append(s.number(d));
        return sb.toString();
    }

    /** b·x + c as written inside g: "x - 0.3", "-x", "0.98*x + 0.01". */
    private static String inner(Syntax s, Term t, String x) {
        double b = t.b(), c = t.c();
        String bx = b == 1 ? x : b == -1 ? "-" + x : (b < 0 ? "-" : "") + s.times(s.number(b), x);
        if (c == 0) return bx;
        return bx + (c < 0 ? " - " : " + ") + s.number(c);
    }
}
