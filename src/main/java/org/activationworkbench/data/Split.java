package org.activationworkbench.data;

/**
 * One split (train or test) of a dataset: float32 inputs, batch-major (row = sample).
 *
 * @param x       rows × inputs
 * @param labels  class index per row (classification), else null
 * @param targets rows × outputs (regression), else null
 * @param rows    number of samples
 */
public record Split(float[] x, int[] labels, float[] targets, int rows) {
}
