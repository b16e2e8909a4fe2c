package org.activationworkbench.train;

/** Mean loss and accuracy of a network over one split (accuracy NaN for regression). */
public record Evaluation(double loss, double accuracy) {
}
