package org.activationworkbench.symbolic;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.activationworkbench.activation.Elementary;

/**
 * The library of closed forms g a learned activation is read as, each used as a·g(b·x + c) + d.
 *
 * <p>What the fitter needs to know about each g besides its value:
 * <ul>
 *   <li>{@link #degree}: g is positively homogeneous of that degree (g(s·u) = s^k·g(u) for s &gt; 0): identity,
 *       relu, leaky relu and abs (1), x² (2), x³ (3). Then |b| is absorbed into a and only the shift c is fitted,
 *       with b = ±1; 0 for the others;</li>
 *   <li>{@link #symmetry}: how g(−u) relates to g(u), so a negative b can be flipped into a positive one;</li>
 *   <li>{@link #equivalenceClass}: forms that are exact affine equivalents of each other under a·g(b·x + c) + d
 *       (sigmoid(u) = ½ + ½·tanh(u/2); cos(u) = sin(u + π/2)) share a class, and a reading lists only the better
 *       fitted of them.</li>
 * </ul>
 */
public enum Primitive {
    IDENTITY(Elementary.IDENTITY, "identity", 1, Symmetry.ODD, "identity"),
    RELU(Elementary.RELU, "relu", 1, Symmetry.NONE, "relu"),
    LEAKY_RELU(Elementary.LEAKY_RELU, "leaky_relu", 1, Symmetry.NONE, "leaky_relu"),
    ABS(Elementary.ABS, "abs", 1, Symmetry.EVEN, "abs"),
    TANH(Elementary.TANH, "tanh", 0, Symmetry.ODD, "tanh"),
    SIGMOID(Elementary.SIGMOID, "sigmoid", 0, Symmetry.SIGMOID, "tanh"),
    SOFTPLUS(Elementary.SOFTPLUS, "softplus", 0, Symmetry.NONE, "softplus"),
    ELU(Elementary.ELU, "elu", 0, Symmetry.NONE, "elu"),
    GELU(Elementary.GELU, "gelu", 0, Symmetry.NONE, "gelu"),
    SILU(Elementary.SILU, "silu", 0, Symmetry.NONE, "silu"),
    SIN(Elementary.SIN, "sin", 0, Symmetry.ODD, "sin"),
    COS(Elementary.COS, "cos", 0, Symmetry.EVEN, "sin"),
    SQUARE(Elementary.SQUARE, "x2", 2, Symmetry.EVEN, "x2"),
    CUBE(Elementary.CUBE, "x3", 3, Symmetry.ODD, "x3"),
    GAUSS(Elementary.GAUSS, "gauss", 0, Symmetry.EVEN, "gauss");

    /** How g(−u) relates to g(u). */
    public enum Symmetry {
        /** g(−u) = −g(u). */
        ODD,
        /** g(−u) = g(u). */
        EVEN,
        /** g(−u) = 1 − g(u). */
        SIGMOID,
        NONE
    }

    private final Elementary math;
    private final String label;
    private final int degree;
    private final Symmetry symmetry;
    private final String equivalenceClass;

    Primitive(Elementary math, String label, int degree, Symmetry symmetry, String equivalenceClass) {
        this.math = math;
        this.label = label;
        this.degree = degree;
        this.symmetry = symmetry;
        this.equivalenceClass = equivalenceClass;
    }

    /** The name on the command line and in the `fn` column ("tanh", "x2"). */
    public String label() {
        return label;
    }

    /** Degree of positive homogeneity, or 0 when g is not homogeneous. */
    public int degree() {
        return degree;
    }

    public boolean homogeneous() {
        return degree > 0;
    }

    /** The same function as the activation package computes it (what a formula put into a network uses). */
    public Elementary elementary() {
        return math;
    }

    public Symmetry symmetry() {
        return symmetry;
    }

    public String equivalenceClass() {
        return equivalenceClass;
    }

    public boolean periodic() {
        return this == SIN || this == COS;
    }

    /** Fitted parameters of one a·g(b·x + c) term: a alone for identity, a and c when homogeneous, else a, b, c. */
    public int freeParameters() {
        return this == IDENTITY ? 1 : homogeneous() ? 2 : 3;
    }

    /** Parameters b and c the least-squares fit cannot solve for: none (identity), c, or b and c. */
    int nonlinearParameters() {
        return freeParameters() - 1;
    }

    public double value(double u) {
        return math.value(u);
    }

    /** g′(u); at a kink the left piece's, as {@link Baseline} (relu′(0) = 0, abs′(0) = −1). */
    public double derivative(double u) {
        return math.derivative(u);
    }

    /** g applied to the text {@code u} ("tanh(u)", "(u)^2"), plain text. */
    String text(String u) {
        return switch (this) {
            case IDENTITY -> u;
            case SQUARE -> "(" + u + ")^2";
            case CUBE -> "(" + u + ")^3";
            case GAUSS -> "exp(-(" + u + ")^2)";
            default -> label + "(" + u + ")";
        };
    }

    /** g applied to the LaTeX {@code u}. */
    String latex(String u) {
        return switch (this) {
            case IDENTITY -> u;
            case RELU -> "\\operatorname{ReLU}(" + u + ")";
            case LEAKY_RELU -> "\\operatorname{LeakyReLU}_{0.01}(" + u + ")";
            case ABS -> "\\left|" + u + "\\right|";
            case TANH -> "\\tanh(" + u + ")";
            case SIGMOID -> "\\sigma(" + u + ")";
            case SOFTPLUS -> "\\operatorname{softplus}(" + u + ")";
            case ELU -> "\\operatorname{ELU}(" + u + ")";
            case GELU -> "\\operatorname{GELU}(" + u + ")";
            case SILU -> "\\operatorname{SiLU}(" + u + ")";
            case SIN -> "\\sin(" + u + ")";
            case COS -> "\\cos(" + u + ")";
            case SQUARE -> "(" + u + ")^{2}";
            case CUBE -> "(" + u + ")^{3}";
            case GAUSS -> "e^{-(" + u + ")^{2}}";
        };
    }

    /** g applied to the Python expression {@code u}, with torch (as the workbench computes it: exact gelu, slope 0.01). */
    String torch(String u) {
        return math.torch(u);
    }

    /** Other names accepted by {@link #byName}: "linear", "square", "cube", "gaussian". */
    private static String alias(String key) {
        return switch (key) {
            case "linear", "x" -> "identity";
            case "square", "x^2" -> "x2";
            case "cube", "x^3" -> "x3";
            case "gaussian", "exp(-x^2)" -> "gauss";
            case "leaky-relu", "leakyrelu" -> "leaky_relu";
            default -> key;
        };
    }

    /** The primitive of this name or alias (case-insensitive), or null. */
    public static Primitive byName(String name) {
        String key = alias(name.trim().toLowerCase(Locale.ROOT));
        for (Primitive p : values()) {
            if (p.label.equals(key)) return p;
        }
        return null;
    }

    /** Parses a comma-separated list ("tanh,sin,x2"); an unknown name is an error naming the option and the choices. */
    public static List<Primitive> parseList(String text, String option) {
        List<Primitive> out = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            Primitive p = byName(part);
            if (p == null) {
                throw new IllegalArgumentException(option + ": unknown closed form '" + part.trim() + "'; the library is "
                        + String.join(", ", labels()));
            }
            if (!out.contains(p)) out.add(p);
        }
        return out;
    }

    public static List<String> labels() {
        List<String> l = new ArrayList<>();
        for (Primitive p : values()) l.add(p.label);
        return l;
    }
}
