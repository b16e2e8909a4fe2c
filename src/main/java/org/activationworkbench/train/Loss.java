package org.activationworkbench.train;

/** A loss over a batch of network outputs, with its gradient. */
public interface Loss {

    /**
     * Mean loss over the batch; writes dL/d(out) into dOut (already divided by rows) unless dOut is null.
     *
     * @param out     rows × outputs network outputs
     * @param labels  class per row (classification) or null
     * @param targets rows × outputs (regression) or null
     */
    double evaluate(float[] out, int rows, int outputs, int[] labels, float[] targets, float[] dOut);

    /** Number of rows whose arg-max output is the label; 0 for regression losses. */
    default int countCorrect(float[] out, int rows, int outputs, int[] labels) {
        return 0;
    }
}
