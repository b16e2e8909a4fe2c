package org.activationworkbench.data;

/**
 * Per-input affine transform x' = (x − mean) / std, with statistics from the training split only.
 * Stored with a run so exports and later predictions use the same transform.
 */
public record Standardisation(double[] mean, double[] std) {

    /** Statistics of the given rows × inputs array (std floored at 1e-8 so constant inputs stay finite). */
    public static Standardisation fit(float[] x, int rows, int inputs) {
        double[] mean = new double[inputs];
        double[] var = new double[inputs];
        for (int r = 0; r < rows; r++) {
            for (int j = 0; j < inputs; j++) mean[j] += x[r * inputs + j];
        }
        for (int j = 0; j < inputs; j++) mean[j] /= Math.max(1, rows);
        for (int r = 0; r < rows; r++) {
            for (int j = 0; j < inputs; j++) {
                double d = x[r * inputs + j] - mean[j];
                var[j] += d * d;
            }
        }
        double[] std = new double[inputs];
        for (int j = 0; j < inputs; j++) std[j] = Math.max(1e-8, Math.sqrt(var[j] / Math.max(1, rows)));
        return new Standardisation(mean, std);
    }

    /**
     * One mean and one std over every input of every row (repeated per input), for images: a per-pixel std
     * of a border pixel that is almost always 0 would blow its rare non-zero values up a hundredfold.
     */
    public static Standardisation fitPooled(float[] x, int rows, int inputs) {
        double sum = 0;
        long n = (long) rows * inputs;
        for (long i = 0; i < n; i++) sum += x[(int) i];
        double mean = sum / Math.max(1, n);
        double var = 0;
        for (long i = 0; i < n; i++) {
            double d = x[(int) i] - mean;
            var += d * d;
        }
        double std = Math.max(1e-8, Math.sqrt(var / Math.max(1, n)));
        double[] m = new double[inputs];
        double[] s = new double[inputs];
        java.util.Arrays.fill(m, mean);
        java.util.Arrays.fill(s, std);
        return new Standardisation(m, s);
    }

    /** Returns a standardised copy. */
    public float[] apply(float[] x, int rows) {
        float[] out = x.clone();
        applyInPlace(out, rows);
        return out;
    }

    /** Standardises {@code x} itself: large image sets then need no second copy of their pixels. */
    public void applyInPlace(float[] x, int rows) {
        int inputs = mean.length;
        for (int r = 0; r < rows; r++) {
            int base = r * inputs;
            for (int j = 0; j < inputs; j++) {
                x[base + j] = (float) ((x[base + j] - mean[j]) / std[j]);
            }
        }
    }
}
