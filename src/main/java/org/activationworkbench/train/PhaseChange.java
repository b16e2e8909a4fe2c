package org.activationworkbench.train;

/**
 * The moment a phase began: after {@code step} completed steps (0 = from the start), at that epoch position.
 * Marks on the loss chart; rows of phases.csv.
 */
public record PhaseChange(long step, double epoch, String phase) {
}
