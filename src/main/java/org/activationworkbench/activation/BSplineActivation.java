package org.activationworkbench.activation;

import org.activationworkbench.core.Option;

import org.activationworkbench.core.NumberText;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * bspline: piecewise-linear (degree-1 B-spline) activation. K knots t_j = lo + j·h on [lo, hi]; the parameters
 * c_j are f(t_j). Inside the grid f interpolates the two neighbouring control points; outside it extends the end
 * segments linearly.
 *
 * <p>With i = clamp(floor((x − lo)/h), 0, K − 2) and u = (x − lo)/h − i left unclamped, the single expression
 * c_i·(1 − u) + c_{i+1}·u is the spec's formula inside the grid and exactly its linear extension outside it
 * (u < 0 left of lo, u > 1 right of hi). So value, gradients and kernels need no extra branch for extrapolation:
 * ∂f/∂c_i = 1 − u and ∂f/∂c_{i+1} = u already carry the extrapolation terms on the end coefficients.
 */
public final class BSplineActivation extends Activation {

    static final FamilyInfo INFO = new FamilyInfo("bspline", true, List.of(
            Option.integer("knots", 21, 2, 1000, "Knots", "Control points of the spline grid"),
            Option.range("range", List.of(-3.0, 3.0), -1000, 1000, "Grid range", "Knot grid range of the spline"),
            Option.choice("init", "relu", List.of("relu", "leaky_relu", "identity", "tanh", "gelu", "silu"), "Init",
                    "Initial shape of the spline"),
            Option.choice("grid", "fixed", List.of("fixed", "follow"), "Knot grid",
                    "The knot grid stays on --range (fixed), or moves to where the layer's inputs are during the first"
                            + " half of training, keeping the function (follow)")),
            "K per vector (21)", "piecewise-linear spline through K learned control points on a uniform grid",
            BSplineActivation::fromValues);

    private final int knots;
    private final double lo;
    private final double hi;
    private final double h;
    private final double invH;
    private final Baseline init;
    private final boolean followsInputs;

    public BSplineActivation(int knots, double lo, double hi, Baseline init) {
        this(knots, lo, hi, init, false);
    }

    /** With {@code followsInputs} (--grid follow), training moves the grid to where the layer's inputs are (train.KnotFollowing). */
    public BSplineActivation(int knots, double lo, double hi, Baseline init, boolean followsInputs) {
        if (knots < 2 || !(lo < hi)) throw new IllegalArgumentException("bspline needs knots ≥ 2 and lo < hi");
        this.knots = knots;
        this.lo = lo;
        this.hi = hi;
        this.h = (hi - lo) / (knots - 1);
        this.invH = 1 / h;
        this.init = init;
        this.followsInputs = followsInputs;
    }

    public boolean followsInputs() {
        return followsInputs;
    }

    /** The same knot count and init label on another grid (the function is re-expressed by the caller). */
    public BSplineActivation withGrid(double newLo, double newHi) {
        return new BSplineActivation(knots, newLo, newHi, init, followsInputs);
    }

    static BSplineActivation fromValues(FamilyValues v) {
        double[] range = v.range("range");
        return new BSplineActivation(v.integer("knots"), range[0], range[1], v.baseline("init"), "follow".equals(v.choice("grid")));
    }

    public int knots() {
        return knots;
    }

    /** The same range and init label with another knot count (grid refinement re-expresses a curve on it). */
    public BSplineActivation withKnots(int k) {
        return new BSplineActivation(k, lo, hi, init, followsInputs);
    }

    /** Knot spacing h = (hi − lo)/(K − 1). */
    public double spacing() {
        return h;
    }

    /** The knot t_j; computed from lo and hi so that 0 and hi are hit exactly where they are knots. */
    public double knot(int j) {
        return lo + (hi - lo) * j / (knots - 1);
    }

    @Override public String family() { return "bspline"; }

    @Override
    public String displayName() {
        // a following grid moves per layer: its starting range would mislead in a title
        String grid = followsInputs ? " following the inputs" : " on [" + NumberText.compact(lo) + ", "
                + NumberText.compact(hi) + "]";
        return "bspline (" + knots + " knots" + grid + ", init " + init.label() + ")";
    }

    @Override public int parameterCount() { return knots; }

    @Override
    public List<String> parameterNames() {
        List<String> names = new ArrayList<>(knots);
        for (int j = 0; j < knots; j++) names.add("c" + j);
        return List.copyOf(names);
    }

    @Override
    protected double[] defaultInitialParameters() {
        double[] c = new double[knots];
        for (int j = 0; j < knots; j++) c[j] = init.value(knot(j));
        return c;
    }

    @Override public Sharing defaultSharing() { return Sharing.NEURON; }
    @Override public double[] workingRange() { return new double[] {lo, hi}; }
    @Override public boolean linearInParameters() { return true; }
    @Override public WeightInit weightInit() { return init.weightInit(); }

    /** The segment index i for x: clamped to 0..K−2, so outside the grid it names an end segment. */
    private int segment(double t) {
        return (int) Math.min(Math.max(t, 0), knots - 2); // t ≥ 0 here, so the cast is floor
    }

    @Override
    public double value(double x, double[] p, int off) {
        double t = (x - lo) / h;
        int i = segment(t);
        double u = t - i;
        return p[off + i] * (1 - u) + p[off + i + 1] * u;
    }

    /** (c_{i+1} − c_i)/h with the spec's i: at a knot that is the segment to its right. */
    @Override
    public double derivative(double x, double[] p, int off) {
        int i = segment((x - lo) / h);
        return (p[off + i + 1] - p[off + i]) / h;
    }

    @Override
    public void parameterGradient(double x, double[] p, int off, double[] out, int outOff) {
        java.util.Arrays.fill(out, outOff, outOff + knots, 0.0);
        double t = (x - lo) / h;
        int i = segment(t);
        double u = t - i;
        out[outOff + i] = 1 - u;
        out[outOff + i + 1] = u;
    }

    @Override
    public void forward(float[] z, float[] y, int rows, int units, double[] p, Sharing sharing) {
        int stride = sharing == Sharing.NEURON ? knots : 0;
        double top = knots - 2;
        for (int r = 0, row = 0; r < rows; r++, row += units) {
            for (int j = 0, off = 0; j < units; j++, off += stride) {
                double t = (z[row + j] - lo) * invH;
                int i = (int) Math.min(Math.max(t, 0), top);
                double c0 = p[off + i];
                y[row + j] = (float) (c0 + (p[off + i + 1] - c0) * (t - i));
            }
        }
    }

    @Override
    public void backward(float[] z, float[] dy, float[] dz, double[] dp, int rows, int units,
                         double[] p, Sharing sharing) {
        // layer sharing: every unit reads and accumulates into the same K values (stride 0)
        int stride = sharing == Sharing.NEURON ? knots : 0;
        double top = knots - 2;
        for (int r = 0, row = 0; r < rows; r++, row += units) {
            for (int j = 0, off = 0; j < units; j++, off += stride) {
                int k = row + j;
                double t = (z[k] - lo) * invH;
                int i = (int) Math.min(Math.max(t, 0), top);
                double u = t - i;
                double g = dy[k];
                int c = off + i;
                dz[k] = (float) (g * (p[c + 1] - p[c]) * invH);
                dp[c] += g * (1 - u);
                dp[c + 1] += g * u;
            }
        }
    }

    /** Second-order total variation TV2 = Σ_{j=1..K−2} |c_{j+1} − 2c_j + c_{j−1}| / h: the summed slope changes. */
    public double tv2(double[] p, int off) {
        double s = 0;
        for (int j = 1; j < knots - 1; j++) {
            s += Math.abs(p[off + j + 1] - 2 * p[off + j] + p[off + j - 1]);
        }
        return s / h;
    }

    /** grad[off + i] += λ·∂TV2/∂c_i, the subgradient with sign(0) = 0 (grad laid out like p). */
    public void addTv2Gradient(double[] p, int off, double lambda, double[] grad) {
        double scale = lambda / h;
        for (int j = 1; j < knots - 1; j++) {
            double s = scale * Math.signum(p[off + j + 1] - 2 * p[off + j] + p[off + j - 1]);
            grad[off + j + 1] += s;
            grad[off + j] -= 2 * s;
            grad[off + j - 1] += s;
        }
    }

    /**
     * The curve with every knot (t_j, c_j) as a marker (all K of them, whatever [lo, hi] the view spans; a plot
     * clips), and per sample the index of the segment whose two control points it uses.
     */
    @Override
    public ActivationView view(double[] p, int off, double lo, double hi, int points) {
        double[] x = grid(lo, hi, points);
        double[] y = new double[points];
        double[] dy = new double[points];
        int[] piece = new int[points];
        for (int i = 0; i < points; i++) {
            y[i] = value(x[i], p, off);
            dy[i] = derivative(x[i], p, off);
            piece[i] = segment((x[i] - this.lo) / h);
        }
        List<ActivationView.Marker> markers = new ArrayList<>(knots);
        for (int j = 0; j < knots; j++) markers.add(new ActivationView.Marker("t" + j, knot(j), p[off + j]));
        String formula = "f(x) = c_i·(1 − u) + c_{i+1}·u, " + knots + " knots on [" + NumberText.sig3(this.lo) + ", "
                + NumberText.sig3(this.hi) + "], h = " + NumberText.sig3(h) + ", TV2 = " + NumberText.sig3(tv2(p, off));
        return new ActivationView(x, y, dy, List.of(), List.copyOf(markers), List.of(), Map.of(), piece, formula);
    }
}
