package org.activationworkbench.symbolic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How readings are ranked, written once:
 *
 * <pre>  score = log10(max(1 − R², 10⁻⁴)) + 0.15 · complexity      (lower is better)</pre>
 *
 * Each unit of complexity must buy a factor 10^0.15 ≈ 1.41 less unexplained variance (1 − R²): tanh (5) beats a
 * line (2) when it leaves at least 2.8 times less unexplained, and a sum of two (9) beats tanh when it leaves 4
 * times less. On a log scale, so a reading that explains a little more of a poor fit does not beat a simpler one
 * by much, while among good fits precision counts. R² above 0.9999 counts as exact, so among exact readings the
 * simplest wins (and of equally simple ones the better fit): a learned curve is a float32 spline, polynomial or the like, and a sum of two forms that traces
 * its knots to the sixth decimal tells less about what it learned than the one form it approximates to the fourth. Ties go to the lower complexity, then the higher R², then the library's order. Of exact equivalents (tanh and
 * sigmoid, sin and cos) only the better ranked is kept; the Pareto front is marked on what remains.
 */
public final class Ranking {

    /** Unexplained variance below which a reading counts as exact. */
    public static final double FLOOR = 1e-4;
    /** Score per unit of complexity, in decades of unexplained variance. */
    public static final double PER_COMPLEXITY = 0.15;

    private Ranking() {
    }

    public static double score(double r2, int complexity) {
        double unexplained = Double.isFinite(r2) ? Math.max(1 - r2, FLOOR) : 1;
        return Math.log10(unexplained) + PER_COMPLEXITY * complexity;
    }

    /** The best score a formula of this complexity could reach: the bound that prunes the second tier. */
    static double bestPossible(int complexity) {
        return Math.log10(FLOOR) + PER_COMPLEXITY * complexity;
    }

    static final Comparator<Candidate> ORDER = Comparator.comparingDouble(Candidate::score)
            .thenComparingInt(Candidate::complexity)
            .thenComparingDouble(c -> -c.r2())
            .thenComparing(c -> c.formula().terms().get(0).g())
            .thenComparing(c -> c.formula().terms().get(c.formula().terms().size() - 1).g());

    /** Sorted best first, one per class of exact equivalents, with the Pareto front marked. */
    static List<Candidate> rank(List<Candidate> all) {
        List<Candidate> sorted = new ArrayList<>(all);
        sorted.sort(ORDER);
        Set<String> seen = new HashSet<>();
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : sorted) {
            if (seen.add(c.formula().equivalenceKey())) kept.add(c);
        }
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : kept) out.add(c.withPareto(onFront(c, kept)));
        return out;
    }

    private static boolean onFront(Candidate c, List<Candidate> all) {
        for (Candidate o : all) {
            if (o == c) continue;
            boolean noWorse = o.complexity() <= c.complexity() && o.r2() >= c.r2();
            boolean better = o.complexity() < c.complexity() || o.r2() > c.r2();
            if (noWorse && better) return false;
        }
        return true;
    }
}
