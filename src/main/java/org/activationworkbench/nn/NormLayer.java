package org.activationworkbench.nn;

import java.util.Arrays;

/**
 * A normalisation with a learnable scale γ and shift β per feature (both "weights" for the optimizer), over a
 * rows × features batch: {@link LayerNormLayer} normalises each row, {@link BatchNormLayer} each feature.
 * eps = 1e-5 as PyTorch's. The last forward pass's normalised values are kept for the backward pass.
 */
public abstract class NormLayer {

    /** PyTorch's default eps of LayerNorm and BatchNorm1d. */
    public static final float EPS = 1e-5f;

    protected final int features;
    protected final Parameter gamma;
    protected final Parameter beta;
    protected float[] xhat = new float[0];

    protected NormLayer(String name, int features) {
        if (features < 1) throw new IllegalArgumentException("a norm layer needs at least one feature, got " + features);
        this.features = features;
        float[] ones = new float[features];
        Arrays.fill(ones, 1f);
        this.gamma = new Parameter(name + ".weight", ParameterGroup.WEIGHTS, ones, new float[features]);
        this.beta = new Parameter(name + ".bias", ParameterGroup.WEIGHTS, new float[features], new float[features]);
    }

    /** A norm layer of the kind, or null for {@link Architecture.Norm#NONE}. */
    public static NormLayer create(Architecture.Norm norm, String name, int features) {
        return switch (norm) {
            case NONE -> null;
            case LAYER -> new LayerNormLayer(name, features);
            case BATCH -> new BatchNormLayer(name, features);
        };
    }

    public abstract Architecture.Norm kind();

    public int features() {
        return features;
    }

    public Parameter gammaParameter() {
        return gamma;
    }

    public Parameter betaParameter() {
        return beta;
    }

    /**
     * y = γ·x̂ + β over rows × features (y must not be x). In training a BatchNorm uses the batch's statistics and
     * updates its running ones; otherwise it uses the running ones. A LayerNorm does the same either way.
     */
    public abstract void forward(float[] x, float[] y, int rows, boolean training);

    /** dx from dy for the last forward pass (dx must not be dy), and sets the γ and β gradients. */
    public abstract void backward(float[] dy, float[] dx, int rows);

    protected void ensureRows(int rows) {
        if (xhat.length < rows * features) xhat = new float[rows * features];
    }

    /** dγ = Σ_rows dy·x̂, dβ = Σ_rows dy, overwriting the gradients. */
    protected void parameterGradients(float[] dy, int rows) {
        float[] dg = gamma.grad();
        float[] db = beta.grad();
        Arrays.fill(dg, 0f);
        Arrays.fill(db, 0f);
        for (int r = 0, o = 0; r < rows; r++, o += features) {
            for (int j = 0; j < features; j++) {
                dg[j] += dy[o + j] * xhat[o + j];
                db[j] += dy[o + j];
            }
        }
    }
}
