package org.activationworkbench.data;

/**
 * Samples before splitting and standardisation: inputs as read or generated, row-major.
 *
 * @param x       rows × inputs
 * @param labels  class per row (classification), else null
 * @param targets rows × outputs (regression), else null
 * @param rows    number of samples
 * @param inputs  features per row
 */
public record RawData(float[] x, int[] labels, float[] targets, int rows, int inputs) {

    public Task task() {
        return labels != null ? Task.CLASSIFICATION : Task.REGRESSION;
    }

    public int outputs() {
        return targets == null ? 0 : targets.length / Math.max(1, rows);
    }

    /** The rows at the given indices, in that order. */
    public RawData select(int[] idx) {
        int outs = outputs();
        float[] sx = new float[idx.length * inputs];
        int[] sl = labels == null ? null : new int[idx.length];
        float[] st = targets == null ? null : new float[idx.length * outs];
        for (int i = 0; i < idx.length; i++) {
            int r = idx[i];
            System.arraycopy(x, r * inputs, sx, i * inputs, inputs);
            if (sl != null) sl[i] = labels[r];
            if (st != null) System.arraycopy(targets, r * outs, st, i * outs, outs);
        }
        return new RawData(sx, sl, st, idx.length, inputs);
    }
}
