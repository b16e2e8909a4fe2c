package org.activationworkbench.nn;

import java.util.SplittableRandom;
import org.activationworkbench.activation.Activation;
import org.activationworkbench.activation.Sharing;

/** Hidden layers dense → [norm] → activation, one per width: the classic MLP body. */
final class PlainStack extends HiddenStack {

    private final int[] widths;

    private int capacity;
    private float[][] lin;   // dense outputs; the pre-activations themselves without a norm
    private float[][] pre;   // pre-activations
    private float[][] post;  // activations
    private float[][] grad;  // dL/d(post), turned into dL/d(pre) in place
    private float[][] gradLin; // dL/d(lin), with a norm
    private float[] input;

    PlainStack(int fanIn, int[] widths, Architecture.Norm norm, Activation activation, Sharing sharing,
               int firstActivation, SplittableRandom rnd) {
        this.widths = widths.clone();
        for (int i = 0; i < widths.length; i++) {
            DenseLayer d = new DenseLayer(i, fanIn, widths[i], activation.weightInit().std(fanIn, widths[i]), rnd);
            NormLayer n = NormLayer.create(norm, "norm" + i, widths[i]);
            ActivationLayer a = new ActivationLayer(firstActivation + i, activation, sharing, widths[i]);
            dense.add(d);
            activations.add(a);
            parameters.add(d.weightParameter());
            parameters.add(d.biasParameter());
            if (n != null) {
                norms.add(n);
                parameters.add(n.gammaParameter());
                parameters.add(n.betaParameter());
            }
            if (a.parameter().size() > 0) parameters.add(a.parameter());
            fanIn = widths[i];
        }
    }

    @Override
    int width() {
        return widths[widths.length - 1];
    }

    @Override
    void releaseWorkspace() {
        lin = pre = post = grad = gradLin = null;
        capacity = 0;
    }

    private void ensureCapacity(int rows) {
        if (rows <= capacity) return;
        int n = widths.length;
        lin = new float[n][];
        pre = new float[n][];
        post = new float[n][];
        grad = new float[n][];
        gradLin = new float[n][];
        for (int i = 0; i < n; i++) {
            int size = rows * widths[i];
            lin[i] = new float[size];
            pre[i] = norms.isEmpty() ? lin[i] : new float[size];
            post[i] = new float[size];
            grad[i] = new float[size];
            gradLin[i] = norms.isEmpty() ? grad[i] : new float[size];
        }
        capacity = rows;
    }

    @Override
    float[] forward(float[] x, int rows, boolean training) {
        ensureCapacity(rows);
        input = x;
        float[] in = x;
        for (int i = 0; i < widths.length; i++) {
            dense.get(i).forward(in, rows, lin[i]);
            if (!norms.isEmpty()) norms.get(i).forward(lin[i], pre[i], rows, training);
            activations.get(i).forward(pre[i], post[i], rows);
            in = post[i];
        }
        return in;
    }

    @Override
    float[] outputGradient() {
        return grad[widths.length - 1];
    }

    @Override
    void backward(int rows, float[] dx) {
        for (int i = widths.length - 1; i >= 0; i--) {
            activations.get(i).backward(pre[i], grad[i], grad[i], rows);
            if (!norms.isEmpty()) norms.get(i).backward(grad[i], gradLin[i], rows);
            float[] below = i == 0 ? input : post[i - 1];
            dense.get(i).backward(below, gradLin[i], rows, i > 0 ? grad[i - 1] : dx);
        }
    }

    @Override
    float[] preActivations(int i) {
        return pre[i];
    }
}
