package org.activationworkbench.live;

import org.activationworkbench.data.Dataset;
import org.activationworkbench.experiment.Experiment;
import org.activationworkbench.experiment.PredictionGrid;

/**
 * The data view's grid: the network's prediction over a box around the training inputs (2-D: decision regions or
 * a surface; 1-D: a curve). Computed by the training thread between steps.
 */
final class PredictionGridMaker {

    private static final int GRID_2D = 96;
    private static final int GRID_1D = 240;
    private static final int CHUNK = 1024;

    private final double[] box;
    private final int inputs;
    private final int outputs;

    PredictionGridMaker(Dataset d) {
        this.box = inputBox(d);
        this.inputs = d.inputs();
        this.outputs = d.outputs();
    }

    /** The grid of the experiment's network now, or null for data of more than two inputs. */
    PredictionGrid make(Experiment e) {
        if (box == null) return null;
        boolean twoD = inputs == 2;
        int nx = twoD ? GRID_2D : GRID_1D, ny = twoD ? GRID_2D : 1;
        int cells = nx * ny;
        boolean classes = e.classification();
        float[] value = new float[cells];
        float[] conf = new float[cells];
        float[] x = new float[Math.min(CHUNK, cells) * inputs];
        for (int start = 0; start < cells; start += CHUNK) {
            int rows = Math.min(CHUNK, cells - start);
            for (int r = 0; r < rows; r++) {
                int c = start + r;
                x[r * inputs] = (float) lerp(box[0], box[1], (c % nx) / (double) (nx - 1));
                if (twoD) x[r * inputs + 1] = (float) lerp(box[2], box[3], (c / nx) / (double) (ny - 1));
            }
            float[] out = e.network().forward(x, rows);
            for (int r = 0; r < rows; r++) {
                if (classes) {
                    fillClass(out, r, value, conf, start + r);
                } else {
                    value[start + r] = out[r * outputs];
                    conf[start + r] = 1;
                }
            }
        }
        return new PredictionGrid(nx, ny, box[0], box[1], twoD ? box[2] : 0, twoD ? box[3] : 0, value, conf);
    }

    /** The winning class of one output row, and its softmax probability as the confidence. */
    private void fillClass(float[] out, int r, float[] value, float[] conf, int cell) {
        int best = 0;
        double max = Double.NEGATIVE_INFINITY, sum = 0;
        for (int k = 0; k < outputs; k++) max = Math.max(max, out[r * outputs + k]);
        for (int k = 0; k < outputs; k++) {
            sum += Math.exp(out[r * outputs + k] - max);
            if (out[r * outputs + k] > out[r * outputs + best]) best = k;
        }
        value[cell] = best;
        conf[cell] = (float) (1 / sum);
    }

    /** {x0, x1, y0, y1} around the training inputs (2-D), {x0, x1} (1-D), or null. */
    private static double[] inputBox(Dataset d) {
        if (d.inputs() > 2) return null;
        float[] x = d.train().x();
        int n = d.train().rows(), in = d.inputs();
        double[] box = new double[2 * in];
        for (int k = 0; k < in; k++) {
            double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
            for (int r = 0; r < n; r++) {
                lo = Math.min(lo, x[r * in + k]);
                hi = Math.max(hi, x[r * in + k]);
            }
            double pad = 0.08 * (hi - lo) + 1e-6;
            box[2 * k] = lo - pad;
            box[2 * k + 1] = hi + pad;
        }
        return box;
    }

    private static double lerp(double a, double b, double t) {
        return a + (b - a) * t;
    }
}
