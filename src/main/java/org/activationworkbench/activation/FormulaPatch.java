package org.activationworkbench.activation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A learned activation with some of its parameter vectors replaced by fixed closed forms (activation surgery): the
 * whole layer's in layer sharing, or chosen units' in neuron sharing. A replaced vector's function is its formula,
 * exactly, forward and backward; its parameters stay in place (so the model keeps its layout and its optimizer) but
 * no longer matter and get no gradient, so training goes on with the formula frozen. The other units keep the base
 * activation and keep learning.
 */
public final class FormulaPatch extends Activation {

    private final Activation base;
    private final List<ClosedForm> formulas;

    /**
     * @param base     the learned activation the layer had
     * @param formulas one entry per parameter vector (one in layer sharing, one per unit in neuron sharing): the
     *                 formula that replaces it, or null to keep it
     */
    public FormulaPatch(Activation base, List<ClosedForm> formulas) {
        if (base instanceof FormulaPatch p) base = p.base;
        if (!base.learnable()) throw new IllegalArgumentException("only a learned activation can be replaced by a formula");
        if (formulas.stream().allMatch(java.util.Objects::isNull)) {
            throw new IllegalArgumentException("a formula patch replaces at least one activation");
        }
        this.base = base;
        this.formulas = Collections.unmodifiableList(new ArrayList<>(formulas));
    }

    /** The learned activation under the patch. */
    public Activation base() {
        return base;
    }

    /** Per parameter vector, its formula or null (kept). */
    public List<ClosedForm> formulas() {
        return formulas;
    }

    /** How many vectors were replaced. */
    public int replaced() {
        return (int) formulas.stream().filter(java.util.Objects::nonNull).count();
    }

    private ClosedForm formulaAt(int off) {
        int v = off / base.parameterCount();
        return v < formulas.size() ? formulas.get(v) : null;
    }

    private ClosedForm formulaOfUnit(int unit, Sharing sharing) {
        int v = sharing == Sharing.NEURON ? unit : 0;
        return v < formulas.size() ? formulas.get(v) : null;
    }

    @Override public String family() { return base.family(); }
    @Override public int parameterCount() { return base.parameterCount(); }
    @Override public List<String> parameterNames() { return base.parameterNames(); }
    @Override protected double[] defaultInitialParameters() { return base.initialParameters(); }
    @Override public Sharing defaultSharing() { return base.defaultSharing(); }
    @Override public double[] workingRange() { return base.workingRange(); }
    @Override public boolean[] fitMask() { return base.fitMask(); }
    @Override public boolean linearInParameters() { return base.linearInParameters(); }
    @Override public WeightInit weightInit() { return base.weightInit(); }

    @Override
    public String displayName() {
        if (formulas.size() == 1) return base.displayName() + ", replaced by f(x) = " + formulas.get(0).text();
        return base.displayName() + ", " + replaced() + " of " + formulas.size() + " units replaced by formulas";
    }

    @Override
    public double value(double x, double[] p, int off) {
        ClosedForm f = formulaAt(off);
        return f != null ? f.value(x) : base.value(x, p, off);
    }

    @Override
    public double derivative(double x, double[] p, int off) {
        ClosedForm f = formulaAt(off);
        return f != null ? f.derivative(x) : base.derivative(x, p, off);
    }

    @Override
    public void parameterGradient(double x, double[] p, int off, double[] out, int outOff) {
        if (formulaAt(off) != null) java.util.Arrays.fill(out, outOff, outOff + parameterCount(), 0);
        else base.parameterGradient(x, p, off, out, outOff);
    }

    @Override
    public void forward(float[] z, float[] y, int rows, int units, double[] p, Sharing sharing) {
        forward(z, y, rows, units, p, sharing, null);
    }

    @Override
    public void forward(float[] z, float[] y, int rows, int units, double[] p, Sharing sharing, KernelWorkspace ws) {
        if (!everyUnitReplaced(units, sharing)) {
            if (ws == null) base.forward(z, y, rows, units, p, sharing);
            else base.forward(z, y, rows, units, p, sharing, ws);
        }
        for (int j = 0; j < units; j++) {
            ClosedForm f = formulaOfUnit(j, sharing);
            if (f == null) continue;
            for (int r = 0; r < rows; r++) y[r * units + j] = (float) f.value(z[r * units + j]);
        }
    }

    @Override
    public void backward(float[] z, float[] dy, float[] dz, double[] dp, int rows, int units, double[] p,
                         Sharing sharing) {
        backward(z, dy, dz, dp, rows, units, p, sharing, null);
    }

    /** The replaced units' dz is computed first (dz may alias dy), the base's pass fills the rest, and the replaced
     * vectors' dp is put back as it was: their parameters are frozen. */
    @Override
    public void backward(float[] z, float[] dy, float[] dz, double[] dp, int rows, int units, double[] p,
                         Sharing sharing, KernelWorkspace ws) {
        if (everyUnitReplaced(units, sharing)) {
            for (int i = 0; i < rows * units; i++) {
                ClosedForm f = formulaOfUnit(i % units, sharing);
                dz[i] = dy[i] * (float) f.derivative(z[i]);
            }
            return;
        }
        int[] replacedUnits = java.util.stream.IntStream.range(0, units)
                .filter(j -> formulaOfUnit(j, sharing) != null).toArray();
        float[] mine = new float[rows * replacedUnits.length];
        for (int k = 0; k < replacedUnits.length; k++) {
            int j = replacedUnits[k];
            ClosedForm f = formulaOfUnit(j, sharing);
            for (int r = 0; r < rows; r++) mine[r * replacedUnits.length + k] = dy[r * units + j] * (float) f.derivative(z[r * units + j]);
        }
        int n = parameterCount();
        double[] keep = new double[replacedUnits.length * n];
        for (int k = 0; k < replacedUnits.length; k++) System.arraycopy(dp, replacedUnits[k] * n, keep, k * n, n);
        if (ws == null) base.backward(z, dy, dz, dp, rows, units, p, sharing);
        else base.backward(z, dy, dz, dp, rows, units, p, sharing, ws);
        for (int k = 0; k < replacedUnits.length; k++) {
            int j = replacedUnits[k];
            System.arraycopy(keep, k * n, dp, j * n, n);
            for (int r = 0; r < rows; r++) dz[r * units + j] = mine[r * replacedUnits.length + k];
        }
    }

    /** True when no unit is left to the base (layer sharing with its one vector replaced, or every unit). */
    private boolean everyUnitReplaced(int units, Sharing sharing) {
        for (int j = 0; j < units; j++) {
            if (formulaOfUnit(j, sharing) == null) return false;
        }
        return true;
    }

    @Override
    public ActivationView view(double[] p, int off, double lo, double hi, int points) {
        ClosedForm f = formulaAt(off);
        if (f == null) return base.view(p, off, lo, hi, points);
        double[] x = grid(lo, hi, points);
        double[] y = new double[points];
        double[] dy = new double[points];
        for (int i = 0; i < points; i++) {
            y[i] = f.value(x[i]);
            dy[i] = f.derivative(x[i]);
        }
        return new ActivationView(x, y, dy, List.of(), List.of(), List.of(), Map.of(), null, "f(x) = " + f.text());
    }
}
