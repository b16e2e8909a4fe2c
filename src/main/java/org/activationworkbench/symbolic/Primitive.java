package org.activationworkbench.symbolic;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.activationworkbench.activation.Baseline;

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
    IDENTITY("identity", 1, Symmetry.ODD, "identity"),
    RELU("relu", 1, Symmetry.NONE, "relu"),
    LEAKY_RELU("leaky_relu", 1, Symmetry.NONE, "leaky_relu"),
    ABS("abs", 1, Symmetry.EVEN, "abs"),
    TANH("tanh", 0, Symmetry.ODD, "tanh"),
    SIGMOID("sigmoid", 0, Symmetry.SIGMOID, "tanh"),
    SOFTPLUS("softplus", 0, Symmetry.NONE, "softplus"),
    ELU("elu", 0, Symmetry.NONE, "elu"),
    GELU("gelu", 0, Symmetry.NONE, "gelu"),
    SILU("silu", 0, Symmetry.NONE, "silu"),
    SIN("sin", 0, Symmetry.ODD, "sin"),
    COS("cos", 0, Symmetry.EVEN, "sin"),
    SQUARE("x2", 2, Symmetry.EVEN, "x2"),
    CUBE("x3", 3, Symmetry.ODD, "x3"),
    GAUSS("gauss", 0, Symmetry.EVEN, "gauss");

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

    private final String label;
    private final int degree;
    private final Symmetry symmetry;
    private final String equivalenceClass;

    Primitive(String label, int degree, Symmetry symmetry, String equivalenceClass) {
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
        return switch (this) {
            case IDENTITY -> u;
            case RELU -> Baseline.RELU.value(u);
            case LEAKY_RELU -> Baseline.LEAKY_RELU.value(u);
            case ABS -> Math.abs(u);
            case TANH -> Math.tanh(u);
            case SIGMOID -> Baseline.SIGMOID.value(u);
            case SOFTPLUS -> Baseline.SOFTPLUS.value(u);
            case ELU -> Baseline.ELU.value(u);
            case GELU -> Baseline.GELU.value(u);
            case SILU -> Baseline.SILU.value(u);
            case SIN -> Math.sin(u);
            case COS -> Math.cos(u);
            case SQUARE -> u * u;
            case CUBE -> u * u * u;
            case GAUSS -> Math.exp(-u * u);
        };
    }

    /** g′(u); at a kink the left piece's, as {@link Baseline} (relu′(0) = 0, abs′(0) = −1). */
    public double derivative(double u) {
        return switch (this) {
            case IDENTITY -> 1;
            case RELU -> Baseline.RELU.derivative(u);
            case LEAKY_RELU -> Baseline.LEAKY_RELU.derivative(u);
            case ABS -> u > 0 ? 1 : -1;
            case TANH -> Baseline.TANH.derivative(u);
            case SIGMOID -> Baseline.SIGMOID.derivative(u);
            case SOFTPLUS -> Baseline.SOFTPLUS.derivative(u);
            case ELU -> Baseline.ELU.derivative(u);
            case GELU -> Baseline.GELU.derivative(u);
            case SILU -> Baseline.SILU.derivative(u);
            case SIN -> Math.cos(u);
            case COS -> -Math.sin(u);
            case SQUARE -> 2 * u;
            case CUBE -> 3 * u * u;
            case GAUSS -> -2 * u * Math.exp(-u * u);
        };
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
        return switch (this) {
            case IDENTITY -> u;
            case RELU -> "torch.relu(" + u + ")";
            case LEAKY_RELU -> "torch.nn.functional.leaky_relu(" + u + ", 0.01)";
            case ABS -> "torch.abs(" + u + ")";
            case TANH -> "torch.tanh(" + u + ")";
            case SIGMOID -> "torch.sigmoid(" + u + ")";
            case SOFTPLUS -> "torch.nn.functional.softplus(" + u + ")";
            case ELU -> "torch.nn.functional.elu(" + u + ")";
            case GELU -> "torch.nn.functional.gelu(" + u + ")";
            case SILU -> "torch.nn.functional.silu(" + u + ")";
            case SIN -> "torch.sin(" + u + ")";
            case COS -> "torch.cos(" + u + ")";
            case SQUARE -> "(" + u + ")**2";
            case CUBE -> "(" + u + ")**3";
            case GAUSS -> "torch.exp(-(" + u + ")**2)";
        };
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
