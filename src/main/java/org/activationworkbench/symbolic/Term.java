package org.activationworkbench.symbolic;

/**
 * One term a·g(b·x + c) of a {@link Formula}.
 *
 * @param g the closed form
 * @param a its scale
 * @param b the scale of x inside it (±1 for homogeneous g once canonical, 1 for identity)
 * @param c the shift inside it (0 for identity once canonical)
 */
public record Term(Primitive g, double a, double b, double c) {

    public double value(double x) {
        return a * g.value(b * x + c);
    }

    public double derivative(double x) {
        return a * b * g.derivative(b * x + c);
    }

    boolean finite() {
        return Double.isFinite(a) && Double.isFinite(b) && Double.isFinite(c);
    }
}
