package org.activationworkbench.experiment;

/**
 * What the network predicts over the input plane (2-D data) or along the input line (1-D data), for the
 * data view. Immutable; computed on the training thread between steps.
 *
 * @param nx, ny      grid size (ny = 1 for 1-D inputs)
 * @param xLo, xHi    range of the first (standardised) input
 * @param yLo, yHi    range of the second input (unused for 1-D)
 * @param value       per cell, row-major from (xLo, yLo): the winning class (classification) or the output
 * @param confidence  per cell, the winning class's probability (classification), else 1
 */
public record PredictionGrid(int nx, int ny, double xLo, double xHi, double yLo, double yHi,
                             float[] value, float[] confidence) {
}
