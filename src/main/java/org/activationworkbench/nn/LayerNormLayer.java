package org.activationworkbench.nn;

/** LayerNorm: each row is normalised over its features, x̂ = (x − mean)/√(var + eps) with the biased variance. */
public final class LayerNormLayer extends NormLayer {

    private float[] invStd = new float[0];

    public LayerNormLayer(String name, int features) {
        super(name, features);
    }

    @Override
    public Architecture.Norm kind() {
        return Architecture.Norm.LAYER;
    }

    @Override
    public void forward(float[] x, float[] y, int rows, boolean training) {
        ensureRows(rows);
        if (invStd.length < rows) invStd = new float[rows];
        float[] g = gamma.value();
        float[] b = beta.value();
        int f = features;
        for (int r = 0, o = 0; r < rows; r++, o += f) {
            double sum = 0;
            for (int j = 0; j < f; j++) sum += x[o + j];
            float mean = (float) (sum / f);
            double sq = 0;
            for (int j = 0; j < f; j++) {
                float d = x[o + j] - mean;
                sq += d * d;
            }
            float inv = (float) (1 / Math.sqrt(sq / f + EPS));
            invStd[r] = inv;
            for (int j = 0; j < f; j++) {
                float h = (x[o + j] - mean) * inv;
                xhat[o + j] = h;
                y[o + j] = g[j] * h + b[j];
            }
        }
    }

    @Override
    public void backward(float[] dy, float[] dx, int rows) {
        parameterGradients(dy, rows);
        float[] g = gamma.value();
        int f = features;
        for (int r = 0, o = 0; r < rows; r++, o += f) {
            // dx = inv·(ĝ − mean(ĝ) − x̂·mean(ĝ·x̂)) with ĝ = dy·γ
            double sg = 0;
            double sgx = 0;
            for (int j = 0; j < f; j++) {
                float gh = dy[o + j] * g[j];
                sg += gh;
                sgx += gh * xhat[o + j];
            }
            float meanG = (float) (sg / f);
            float meanGx = (float) (sgx / f);
            float inv = invStd[r];
            for (int j = 0; j < f; j++) dx[o + j] = inv * (dy[o + j] * g[j] - meanG - xhat[o + j] * meanGx);
        }
    }
}
