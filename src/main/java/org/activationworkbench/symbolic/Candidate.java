package org.activationworkbench.symbolic;

/**
 * One reading of a learned activation: a closed form with how well it fits the activation over the inputs the
 * activation saw.
 *
 * @param formula  the closed form, in canonical writing
 * @param r2       weighted R² over the inputs (weights = how often each input occurred)
 * @param maxError the largest |activation − formula| over the visited range
 * @param score    the ranking score of {@link Ranking#score} (lower is better)
 * @param pareto   true when no other candidate of the reading is at least as simple and fits at least as well
 */
public record Candidate(Formula formula, double r2, double maxError, double score, boolean pareto) {

    public int complexity() {
        return formula.complexity();
    }

    public String fn() {
        return formula.fn();
    }

    Candidate withPareto(boolean p) {
        return new Candidate(formula, r2, maxError, score, p);
    }
}
