package org.activationworkbench.nn;

/**
 * One convolutional block: conv 3×3 → activation (one unit per channel) → max pool 2×2, with its buffers
 * allocated once for the largest batch seen.
 */
public final class ConvBlock {

    private final Conv2DLayer conv;
    private final ActivationLayer activation;
    private final MaxPool2DLayer pool;

    private int capacity;
    private float[] pre;   // conv output = pre-activations, images × H × W × C
    private float[] post;  // activation output
    private float[] out;   // pooled
    private float[] grad;  // dL/d(post), turned into dL/d(pre) in place

    public ConvBlock(Conv2DLayer conv, ActivationLayer activation, MaxPool2DLayer pool) {
        if (activation.units() != conv.outputShape().channels()) {
            throw new IllegalArgumentException("the activation after a conv layer has one unit per channel");
        }
        this.conv = conv;
        this.activation = activation;
        this.pool = pool;
    }

    public Conv2DLayer conv() {
        return conv;
    }

    public ActivationLayer activation() {
        return activation;
    }

    public MaxPool2DLayer pool() {
        return pool;
    }

    public ImageShape outputShape() {
        return pool.outputShape();
    }

    private void ensureCapacity(int images) {
        if (images <= capacity) return;
        int n = images * conv.outputShape().size();
        pre = new float[n];
        post = new float[n];
        grad = new float[n];
        out = new float[images * pool.outputShape().size()];
        capacity = images;
    }

    /** Returns the pooled output (owned by the block). */
    public float[] forward(float[] x, int images) {
        ensureCapacity(images);
        conv.forward(x, images, pre);
        activation.forward(pre, post, images * conv.outputShape().pixels());
        pool.forward(post, images, out);
        return out;
    }

    /** From dL/d(pooled output) sets every gradient of the block and writes dL/dx (unless dx is null). */
    public void backward(float[] dOut, int images, float[] dx) {
        pool.backward(dOut, images, grad);
        activation.backward(pre, grad, grad, images * conv.outputShape().pixels());
        conv.backward(grad, images, dx);
    }

    /** The pre-activations of the last forward pass (valid for its images × pixels × channels values). */
    float[] preActivations() {
        return pre;
    }

    /** Pre-activation values per image. */
    int preActivationsPerImage() {
        return conv.outputShape().size();
    }
}
