package org.activationworkbench.activation;

import java.util.List;

/**
 * One activation family with its options fixed (degree, knots, base ...).
 *
 * <p>Two faces of the same math:
 * <ul>
 *   <li>scalar reference methods in double precision ({@link #value}, {@link #derivative},
 *       {@link #parameterGradient}) used by curves, plots, least-squares fits and the gradient tests;</li>
 *   <li>fused batch kernels ({@link #forward}, {@link #backward}) over float32, batch-major arrays
 *       (row = sample, column = unit), used in training. They allocate nothing.</li>
 * </ul>
 * A parameter vector has {@link #parameterCount()} values. With {@link Sharing#LAYER} one vector serves
 * every unit; with {@link Sharing#NEURON} unit {@code j}'s vector starts at {@code j * parameterCount()}.
 * Implementations are stateless apart from their options, so one instance can serve many layers.
 */
public abstract class Activation {

    private double[] initOverride;

    /** Family name as in the spec ("bspline"). */
    public abstract String family();

    /** Human-readable name with options, e.g. "bspline (21 knots on [-3, 3])". */
    public abstract String displayName();

    /** Length of one parameter vector; 0 for fixed baselines. */
    public abstract int parameterCount();

    /** Names of the parameters in --params order, e.g. ["alpha", "beta"]. */
    public abstract List<String> parameterNames();

    /** The family's own initial parameter vector (spec "Init"). */
    protected abstract double[] defaultInitialParameters();

    /** The sharing mode the spec names as this family's default. */
    public abstract Sharing defaultSharing();

    /** Range of x over which the curve is sampled for views and exports, {lo, hi}. */
    public abstract double[] workingRange();

    /**
     * Which parameters a least-squares --init-fit adjusts (all, for most families; fourier holds ω and φ).
     */
    public boolean[] fitMask() {
        boolean[] m = new boolean[parameterCount()];
        java.util.Arrays.fill(m, true);
        return m;
    }

    /** True when f is linear in the parameters selected by {@link #fitMask()}: --init-fit is then one solve. */
    public abstract boolean linearInParameters();

    /** Suggested weight initialisation for the dense layer feeding this activation. */
    public abstract WeightInit weightInit();

    public final boolean learnable() {
        return parameterCount() > 0;
    }

    /** Initial parameters: the family's init, or the --init-fit result when one was set. */
    public final double[] initialParameters() {
        return (initOverride != null ? initOverride : defaultInitialParameters()).clone();
    }

    /** Replace the initial parameters (used by --init-fit and --params). */
    public final void overrideInitialParameters(double[] p) {
        if (p.length != parameterCount()) {
            throw new IllegalArgumentException(family() + " takes " + parameterCount()
                    + " parameters, got " + p.length);
        }
        initOverride = p.clone();
    }

    // ---- scalar reference math (double precision) --------------------------------------------

    /** f(x) with parameters p[off .. off+P). */
    public abstract double value(double x, double[] p, int off);

    /**
     * f'(x). At a kink, the derivative shared/spec/families.md gives: the left piece's for the fixed baselines
     * (as PyTorch), the segment to the right of a bspline knot (its index formula).
     */
    public abstract double derivative(double x, double[] p, int off);

    /** Writes ∂f/∂p_i into out[outOff + i] for i in 0..P. */
    public abstract void parameterGradient(double x, double[] p, int off, double[] out, int outOff);

    // ---- batch kernels (float32) --------------------------------------------------------------

    /**
     * y[r*units + j] = f(z[r*units + j]) for r in 0..rows, j in 0..units.
     * @param p parameters: P values (layer sharing) or units*P values (neuron sharing)
     */
    public abstract void forward(float[] z, float[] y, int rows, int units, double[] p, Sharing sharing);

    /**
     * dz = dy ⊙ f'(z), and dp += Σ_rows dy ⊙ ∂f/∂p (dp laid out like p). dz may alias dy.
     */
    public abstract void backward(float[] z, float[] dy, float[] dz, double[] dp, int rows, int units,
                                  double[] p, Sharing sharing);

    /**
     * As {@link #forward(float[], float[], int, int, double[], Sharing)}, free to leave values in the layer's
     * workspace for the backward pass that follows. The default ignores it.
     */
    public void forward(float[] z, float[] y, int rows, int units, double[] p, Sharing sharing, KernelWorkspace ws) {
        forward(z, y, rows, units, p, sharing);
    }

    /** As {@link #backward(float[], float[], float[], double[], int, int, double[], Sharing)}, after a forward pass
     * with the same workspace, inputs and parameters. The default ignores it. */
    public void backward(float[] z, float[] dy, float[] dz, double[] dp, int rows, int units, double[] p,
                         Sharing sharing, KernelWorkspace ws) {
        backward(z, dy, dz, dp, rows, units, p, sharing);
    }

    // ---- views --------------------------------------------------------------------------------

    /** Samples f, f' and the family's structure over [lo, hi] at the given number of points. */
    public abstract ActivationView view(double[] p, int off, double lo, double hi, int points);

    /** Evenly spaced sample points over [lo, hi]. */
    protected static double[] grid(double lo, double hi, int points) {
        double[] x = new double[points];
        for (int i = 0; i < points; i++) x[i] = points == 1 ? lo : lo + (hi - lo) * i / (points - 1);
        return x;
    }
}
