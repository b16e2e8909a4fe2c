package org.activationworkbench.nn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.activationworkbench.activation.Activation;
import org.activationworkbench.activation.Sharing;
import org.activationworkbench.activation.WeightInit;

/**
 * Input dense layer (no activation: it only maps the inputs onto the stream) → pre-norm residual blocks → a final
 * norm of the stream (none without a norm), as in pre-LayerNorm transformers.
 *
 * <p>Initialisation: the input layer LeCun-normal, each block's first layer the family's init (it feeds the
 * activation), its second LeCun-normal scaled by 1/√blocks so the stream's variance stays of order one however
 * deep the stack (GPT-2 scales its residual projections the same way).
 */
final class ResidualStack extends HiddenStack {

    private final int width;
    private final DenseLayer input;
    private final List<ResidualBlock> blocks = new ArrayList<>();
    private final NormLayer finalNorm;

    private int capacity;
    private float[][] stream;   // stream[0] = input layer's output, stream[i + 1] = block i's output
    private float[] top;        // the final norm's output
    private float[] gradTop;
    private float[] gradA;      // dL/d(stream), two buffers taking turns
    private float[] gradB;
    private float[] x;

    ResidualStack(int fanIn, int blockCount, int width, int inner, Architecture.Norm norm, Activation activation,
                  Sharing sharing, int firstActivation, SplittableRandom rnd) {
        this.width = width;
        this.input = new DenseLayer("dense0", fanIn, width, WeightInit.LECUN.std(fanIn, width), rnd);
        add(input);
        double shrink = 1 / Math.sqrt(blockCount);
        for (int b = 0; b < blockCount; b++) {
            String name = "block" + b;
            NormLayer n = NormLayer.create(norm, name + ".norm", width);
            if (n != null) add(n);
            DenseLayer d1 = new DenseLayer(name + ".dense1", width, inner, activation.weightInit().std(width, inner), rnd);
            add(d1);
            ActivationLayer a = new ActivationLayer(firstActivation + b, activation, sharing, inner);
            activations.add(a);
            if (a.parameter().size() > 0) parameters.add(a.parameter());
            DenseLayer d2 = new DenseLayer(name + ".dense2", inner, width, shrink * WeightInit.LECUN.std(inner, width), rnd);
            add(d2);
            blocks.add(new ResidualBlock(n, d1, a, d2));
        }
        finalNorm = NormLayer.create(norm, "norm.final", width);
        if (finalNorm != null) add(finalNorm);
    }

    private void add(DenseLayer d) {
        dense.add(d);
        parameters.add(d.weightParameter());
        parameters.add(d.biasParameter());
    }

    private void add(NormLayer n) {
        norms.add(n);
        parameters.add(n.gammaParameter());
        parameters.add(n.betaParameter());
    }

    List<ResidualBlock> blocks() {
        return Collections.unmodifiableList(blocks);
    }

    @Override
    int width() {
        return width;
    }

    @Override
    void releaseWorkspace() {
        stream = null;
        top = gradTop = gradA = gradB = null;
        capacity = 0;
        for (ResidualBlock b : blocks) b.releaseWorkspace();
    }

    private void ensureCapacity(int rows) {
        if (rows <= capacity) return;
        int n = rows * width;
        stream = new float[blocks.size() + 1][n];
        top = finalNorm == null ? stream[blocks.size()] : new float[n];
        gradTop = new float[n];
        gradA = new float[n];
        gradB = new float[n];
        capacity = rows;
    }

    @Override
    float[] forward(float[] in, int rows, boolean training) {
        ensureCapacity(rows);
        x = in;
        input.forward(in, rows, stream[0]);
        for (int b = 0; b < blocks.size(); b++) blocks.get(b).forward(stream[b], rows, stream[b + 1], training);
        if (finalNorm != null) finalNorm.forward(stream[blocks.size()], top, rows, training);
        return top;
    }

    @Override
    float[] outputGradient() {
        return gradTop;
    }

    @Override
    void backward(int rows, float[] dx) {
        float[] g = gradA;
        float[] spare = gradB;
        if (finalNorm != null) {
            finalNorm.backward(gradTop, g, rows);
        } else {
            System.arraycopy(gradTop, 0, g, 0, rows * width);
        }
        for (int b = blocks.size() - 1; b >= 0; b--) {
            blocks.get(b).backward(g, rows, spare);
            float[] t = g;
            g = spare;
            spare = t;
        }
        input.backward(x, g, rows, dx);
    }

    @Override
    float[] preActivations(int i) {
        return blocks.get(i).preActivations();
    }
}
