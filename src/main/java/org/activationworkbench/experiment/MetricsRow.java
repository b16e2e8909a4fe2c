package org.activationworkbench.experiment;

/**
 * One row of metrics.csv. Accuracies are NaN for regression; test values NaN when not evaluated at this row.
 */
public record MetricsRow(long step, double epoch, double seconds, double trainLoss, double testLoss,
                         double trainAccuracy, double testAccuracy) {
}
