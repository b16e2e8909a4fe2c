package org.activationworkbench.nn;

import java.util.SplittableRandom;
import org.ejml.data.FMatrixRMaj;

/** y = x·W + b for a batch (rows × in → rows × out), with W stored in × out. */
public final class DenseLayer {

    private final int in;
    private final int out;
    private final FMatrixRMaj weights;
    private final float[] bias;
    private final Parameter weightParam;
    private final Parameter biasParam;

    public DenseLayer(int index, int in, int out, double std, SplittableRandom rnd) {
        this("dense" + index, in, out, std, rnd);
    }

    /** A dense layer whose parameters are named prefix.weight / prefix.bias (a conv layer reuses it on im2col rows). */
    DenseLayer(String prefix, int in, int out, double std, SplittableRandom rnd) {
        this.in = in;
        this.out = out;
        this.weights = new FMatrixRMaj(in, out);
        this.bias = new float[out];
        float[] w = weights.data;
        for (int i = 0; i < w.length; i++) w[i] = (float) (std * gaussian(rnd));
        this.weightParam = new Parameter(prefix + ".weight", ParameterGroup.WEIGHTS, w, new float[w.length]);
        this.biasParam = new Parameter(prefix + ".bias", ParameterGroup.WEIGHTS, bias, new float[out]);
    }

    /** Standard normal by Box–Muller, so the stream depends only on the seed (not on JDK internals). */
    static double gaussian(SplittableRandom rnd) {
        double u1 = rnd.nextDouble();
        double u2 = rnd.nextDouble();
        return Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
    }

    public int inputs() {
        return in;
    }

    public int outputs() {
        return out;
    }

    public FMatrixRMaj weights() {
        return weights;
    }

    public Parameter weightParameter() {
        return weightParam;
    }

    public Parameter biasParameter() {
        return biasParam;
    }

    public void forward(float[] x, int rows, float[] y) {
        for (int r = 0; r < rows; r++) System.arraycopy(bias, 0, y, r * out, out);
        Blas.mult(rows, out, in, x, 0, weights.data, 0, 1f, y, 0);
    }

    /**
     * Sets the weight and bias gradients from this batch, and writes dx (skipped when dx is null,
     * as for the first layer, whose input needs no gradient).
     */
    public void backward(float[] x, float[] dy, int rows, float[] dx) {
        Blas.multTransA(in, out, rows, x, 0, dy, 0, 0f, weightParam.grad(), 0);
        float[] db = biasParam.grad();
        java.util.Arrays.fill(db, 0f);
        for (int r = 0; r < rows; r++) {
            int o = r * out;
            for (int j = 0; j < out; j++) db[j] += dy[o + j];
        }
        if (dx != null) Blas.multTransB(rows, in, out, dy, 0, weights.data, 0, 0f, dx, 0);
    }
}
