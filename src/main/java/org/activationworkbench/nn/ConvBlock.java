package org.activationworkbench.nn;

/**
 * One convolutional block: conv 3×3 → activation (one unit per channel) → max pool 2×2.
 *
 * <p>Each half of a batch runs on its own core ({@link BatchSplit}), a tile of a few images at a time: unroll,
 * multiply, activate and pool while the tile is in cache. Backward starts from the pooling winners alone (every
 * other conv output gets a zero gradient), so the activation's backward pass sees a quarter of the values.
 * The batch-sized buffers are allocated once for the largest batch seen.
 */
public final class ConvBlock {

    /** Rows (pixels) per tile: a tile's rows, products and activations fit in a core's cache. */
    private static final int TILE_ROWS = Integer.getInteger("workbench.tileRows", 1024);

    private final Conv2DLayer conv;
    private final ActivationLayer activation;
    private final MaxPool2DLayer pool;
    private final int tileImages;
    private final ConvScratch[] scratch = new ConvScratch[BatchSplit.PARTS];
    private final double[][] activationParts = new double[BatchSplit.PARTS][];

    private int capacity;
    private float[] pre;   // conv output = pre-activations, images × H × W × C
    private float[] out;   // pooled
    private float[] winnerPre; // per pooled value, the pre-activation that won its window
    private float[] input; // the input of the last forward pass, for the backward pass

    public ConvBlock(Conv2DLayer conv, ActivationLayer activation, MaxPool2DLayer pool) {
        if (activation.units() != conv.outputShape().channels()) {
            throw new IllegalArgumentException("the activation after a conv layer has one unit per channel");
        }
        this.conv = conv;
        this.activation = activation;
        this.pool = pool;
        ImageShape o = conv.outputShape();
        this.tileImages = Math.max(1, TILE_ROWS / o.pixels());
        for (int p = 0; p < scratch.length; p++) {
            scratch[p] = new ConvScratch(tileImages * o.pixels(), conv.fanIn(), o.channels(),
                    tileImages * pool.outputShape().size());
        }
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

    /** Drops the batch buffers; the next pass allocates them again. */
    void releaseWorkspace() {
        pre = out = winnerPre = input = null;
        capacity = 0;
        pool.releaseWorkspace();
    }

    private void ensureCapacity(int images) {
        if (images <= capacity) return;
        pre = new float[images * conv.outputShape().size()];
        out = new float[images * pool.outputShape().size()];
        winnerPre = new float[out.length];
        pool.ensureCapacity(images);
        capacity = images;
    }

    /** Returns the pooled output (owned by the block). x must stay unchanged until the backward pass. */
    public float[] forward(float[] x, int images) {
        ensureCapacity(images);
        input = x;
        activation.loadParameters();
        BatchSplit.run(images, (part, from, to) -> forwardImages(scratch[part], x, from, to));
        return out;
    }

    private void forwardImages(ConvScratch s, float[] x, int from, int to) {
        int size = conv.outputShape().size();
        int pixels = conv.outputShape().pixels();
        int pooled = pool.outputShape().size();
        int[] winner = pool.winners();
        for (int first = from; first < to; first += tileImages) {
            int count = Math.min(tileImages, to - first);
            conv.forwardImages(x, first, count, s.pre, s.cols);
            System.arraycopy(s.pre, 0, pre, first * size, count * size);
            activation.forwardRows(s.pre, s.post, count * pixels);
            pool.forwardImages(s.post, first, count, out);
            // the backward pass needs the winners' pre-activations: picked now, while the tile is in cache
            int base = first * size;
            for (int o = first * pooled, end = o + count * pooled; o < end; o++) winnerPre[o] = s.pre[winner[o] - base];
        }
    }

    /** From dL/d(pooled output) sets every gradient of the block and writes dL/dx (unless dx is null). */
    public void backward(float[] dOut, int images, float[] dx) {
        if (dx != null) conv.prepareBackward();
        int parts = BatchSplit.run(images, (part, from, to) -> backwardImages(scratch[part], dOut, dx, from, to));
        float[] dW = conv.weightParameter().grad();
        float[] db = conv.biasParameter().grad();
        System.arraycopy(scratch[0].dW, 0, dW, 0, dW.length);
        System.arraycopy(scratch[0].db, 0, db, 0, db.length);
        for (int p = 1; p < parts; p++) {
            for (int i = 0; i < dW.length; i++) dW[i] += scratch[p].dW[i];
            for (int i = 0; i < db.length; i++) db[i] += scratch[p].db[i];
        }
        for (int p = 0; p < parts; p++) activationParts[p] = scratch[p].dActivation;
        activation.setGradient(activationParts, parts);
    }

    private void backwardImages(ConvScratch s, float[] dOut, float[] dx, int from, int to) {
        s.clearGradients(activation.parameter().size());
        int size = conv.outputShape().size();
        int pooled = pool.outputShape().size();
        int channels = conv.outputShape().channels();
        int[] winner = pool.winners();
        for (int first = from; first < to; first += tileImages) {
            int count = Math.min(tileImages, to - first);
            int n = count * pooled;
            int o = first * pooled;
            int base = first * size;
            System.arraycopy(dOut, o, s.dyw, 0, n);
            System.arraycopy(winnerPre, o, s.zw, 0, n);
            activation.backwardRows(s.zw, s.dyw, s.dzw, n / channels, s.dActivation);
            // only the winners have a gradient: the bias gradient is their sum per channel
            java.util.Arrays.fill(s.grad, 0, count * size, 0f);
            for (int k = 0; k < n; k++) {
                s.grad[winner[o + k] - base] = s.dzw[k];
                s.db[k % channels] += s.dzw[k];
            }
            conv.backwardImages(input, first, count, s.grad, s.dW, dx, s.cols, s.dyCols);
        }
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
