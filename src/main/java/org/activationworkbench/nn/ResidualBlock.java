package org.activationworkbench.nn;

/**
 * One pre-norm residual block on a stream of width w: out = x + W₂·f(W₁·norm(x) + b₁) + b₂, with f the
 * experiment's activation layer (hidden size h) and norm a LayerNorm, a BatchNorm or nothing.
 */
public final class ResidualBlock {

    private final NormLayer norm;
    private final DenseLayer inner;
    private final ActivationLayer activation;
    private final DenseLayer outer;

    private int capacity;
    private float[] normed; // norm(x); x itself without a norm
    private float[] pre;    // W₁·norm(x) + b₁
    private float[] post;   // f(pre)
    private float[] grad;   // dL/d(post), then dL/d(pre) in place
    private float[] dNormed;
    private float[] input;

    ResidualBlock(NormLayer norm, DenseLayer inner, ActivationLayer activation, DenseLayer outer) {
        if (inner.outputs() != activation.units() || outer.inputs() != inner.outputs()
                || outer.outputs() != inner.inputs()) {
            throw new IllegalArgumentException("a residual block maps w → h → w");
        }
        this.norm = norm;
        this.inner = inner;
        this.activation = activation;
        this.outer = outer;
    }

    /** The norm before the block's first dense layer, or null. */
    public NormLayer norm() {
        return norm;
    }

    public DenseLayer inner() {
        return inner;
    }

    public ActivationLayer activation() {
        return activation;
    }

    public DenseLayer outer() {
        return outer;
    }

    /** Drops the batch buffers; the next pass allocates them again. */
    void releaseWorkspace() {
        normed = dNormed = pre = post = grad = input = null;
        capacity = 0;
    }

    private void ensureCapacity(int rows) {
        if (rows <= capacity) return;
        int w = inner.inputs();
        int h = inner.outputs();
        normed = norm == null ? null : new float[rows * w];
        dNormed = new float[rows * w];
        pre = new float[rows * h];
        post = new float[rows * h];
        grad = new float[rows * h];
        capacity = rows;
    }

    /** out = x + the block's branch (out must not be x). */
    void forward(float[] x, int rows, float[] out, boolean training) {
        ensureCapacity(rows);
        input = x;
        float[] a = x;
        if (norm != null) {
            norm.forward(x, normed, rows, training);
            a = normed;
        }
        inner.forward(a, rows, pre);
        activation.forward(pre, post, rows);
        outer.forward(post, rows, out);
        int n = rows * inner.inputs();
        for (int i = 0; i < n; i++) out[i] += x[i];
    }

    /** dx = dOut + the branch's input gradient (dx must not be dOut); sets every parameter gradient of the block. */
    void backward(float[] dOut, int rows, float[] dx) {
        outer.backward(post, dOut, rows, grad);
        activation.backward(pre, grad, grad, rows);
        int n = rows * inner.inputs();
        if (norm == null) {
            inner.backward(input, grad, rows, dx);
        } else {
            inner.backward(normed, grad, rows, dNormed);
            norm.backward(dNormed, dx, rows);
        }
        for (int i = 0; i < n; i++) dx[i] += dOut[i];
    }

    float[] preActivations() {
        return pre;
    }
}
