package org.activationworkbench.train;

import java.util.List;
import java.util.function.UnaryOperator;
import org.activationworkbench.nn.Parameter;

/**
 * Adam (Kingma &amp; Ba); with decoupled=true it is AdamW (Loshchilov &amp; Hutter): weight decay shrinks the
 * weights directly instead of entering the gradient.
 */
public final class Adam extends Optimizer {

    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;
    private static final double EPS = 1e-8;

    private final boolean decoupled;
    private final float[][] m;
    private final float[][] v;
    private final long[] t;

    public Adam(List<Parameter> parameters, boolean decoupled) {
        super(parameters);
        this.decoupled = decoupled;
        int n = this.parameters.size();
        m = new float[n][];
        v = new float[n][];
        t = new long[n];
        for (int i = 0; i < n; i++) {
            m[i] = new float[this.parameters.get(i).size()];
            v[i] = new float[this.parameters.get(i).size()];
        }
    }

    @Override
    protected void update(int index, Parameter p, double lr, double weightDecay) {
        // per-parameter step counts, so a group frozen for a while resumes with the right bias correction
        long step = ++t[index];
        float[] w = p.value();
        float[] g = p.grad();
        float[] mi = m[index];
        float[] vi = v[index];
        double c1 = 1 - Math.pow(BETA1, step);
        double c2 = 1 - Math.pow(BETA2, step);
        float stepSize = (float) (lr / c1);
        float sqrtC2 = (float) Math.sqrt(c2);
        float b1 = (float) BETA1;
        float b2 = (float) BETA2;
        float eps = (float) EPS;
        float l2 = decoupled ? 0f : (float) weightDecay;
        float shrink = decoupled ? (float) (1 - lr * weightDecay) : 1f;
        for (int i = 0; i < w.length; i++) {
            float gi = g[i] + l2 * w[i];
            mi[i] = b1 * mi[i] + (1 - b1) * gi;
            vi[i] = b2 * vi[i] + (1 - b2) * gi * gi;
            float denom = (float) Math.sqrt(vi[i]) / sqrtC2 + eps;
            w[i] = w[i] * shrink - stepSize * mi[i] / denom;
        }
    }

    @Override
    protected void remapState(int index, UnaryOperator<float[]> remap) {
        m[index] = remap.apply(m[index]);
        v[index] = remap.apply(v[index]);
    }

    @Override
    public String name() {
        return decoupled ? "adamw" : "adam";
    }
}
