package org.activationworkbench.study;

import org.activationworkbench.data.Dataset;
import org.activationworkbench.data.Split;
import org.activationworkbench.data.Standardisation;
import org.activationworkbench.nn.Network;
import org.activationworkbench.train.SoftmaxCrossEntropy;

/**
 * The fast gradient sign method (Goodfellow et al. 2015) on a trained MLP or CNN: x_adv = clip(x + ε·sign(∂L/∂x)) with ε
 * in the raw pixel scale mapped to [0, 1] (so ε = 0.08 is 8 % of the pixel range), clipped to the valid pixels.
 * Works on standardised inputs: a raw step s is s / std in standardised units, and the sign is unchanged.
 */
public final class FgsmAttack {

    private static final int CHUNK = 500;

    private final Network net;
    private final Dataset data;
    private final double pixelMin;
    private final double pixelMax;

    /** @param pixelMin, pixelMax the raw pixel range (digits 0–16, Fashion-MNIST 0–1) */
    public FgsmAttack(Network net, Dataset data, double pixelMin, double pixelMax) {
        this.net = net;
        this.data = data;
        this.pixelMin = pixelMin;
        this.pixelMax = pixelMax;
    }

    /** The raw pixel range of a bundled image set. */
    public static double[] pixelRange(String dataset) {
        return dataset.startsWith("digits") ? new double[] {0, 16} : new double[] {0, 1};
    }

    /** Test accuracy under an FGSM attack of strength ε (0 = clean). Not thread-safe: it uses the network. */
    public double accuracy(double epsilon) {
        Split test = data.test();
        int in = data.inputs(), outs = data.outputs();
        Standardisation st = data.standardisation();
        SoftmaxCrossEntropy loss = new SoftmaxCrossEntropy();
        long correct = 0;
        for (int start = 0; start < test.rows(); start += CHUNK) {
            int rows = Math.min(CHUNK, test.rows() - start);
            float[] x = new float[rows * in];
            int[] labels = new int[rows];
            System.arraycopy(test.x(), start * in, x, 0, rows * in);
            System.arraycopy(test.labels(), start, labels, 0, rows);
            if (epsilon > 0) {
                float[] dOut = new float[rows * outs];
                loss.evaluate(net.forward(x, rows), rows, outs, labels, null, dOut);
                float[] g = net.inputGradient(dOut, rows);
                double step = epsilon * (pixelMax - pixelMin);
                for (int r = 0; r < rows; r++) {
                    for (int j = 0; j < in; j++) {
                        int k = r * in + j;
                        double mean = st.mean()[j], std = st.std()[j];
                        double v = x[k] + Math.signum(g[k]) * step / std;
                        double lo = (pixelMin - mean) / std, hi = (pixelMax - mean) / std;
                        x[k] = (float) Math.max(lo, Math.min(hi, v));
                    }
                }
            }
            correct += loss.countCorrect(net.forward(x, rows), rows, outs, labels);
        }
        return correct / (double) test.rows();
    }
}
