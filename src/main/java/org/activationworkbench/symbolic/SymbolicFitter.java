package org.activationworkbench.symbolic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads one activation as closed forms: every form of the library as a·g(b·x + c) + d (the first tier), then sums
 * of two (the second tier), ranked by {@link Ranking}.
 *
 * <p>The data are normalised first (x to [−1, 1], y to weighted mean 0 and spread 1), so huge, tiny, shifted or
 * steep activations all look alike to the search. For each form a grid of starts ({@link StartGrid}) is scored
 * with the linear parameters solved exactly, the best few are refined by {@link LevenbergMarquardt}, and the
 * result is mapped back to the original units, written canonically and scored there on the actual data.
 *
 * <p>Of exact equivalents in the library (tanh and sigmoid, sin and cos) only the first is fitted: the other
 * reaches the same function.
 *
 * <p>The second tier pairs the best {@value #PAIR_POOL} first-tier readings (one per class of equivalents) with
 * each other and the best two with themselves, and every form with identity; each pair starts from its two first-tier fits, and
 * from the better fitting one held while the other is searched over its grid against the joint solve. A pair whose best possible score
 * ({@link Ranking#bestPossible}) cannot beat the best first-tier reading is not fitted.
 */
public final class SymbolicFitter {

    /** Points sampled over the visited range: 80 intervals. */
    public static final int POINTS = 81;
    /** First-tier readings paired in the second tier. */
    static final int PAIR_POOL = 3;
    /** Grid starts refined per fit. */
    private static final int REFINED = 2;

    private SymbolicFitter() {
    }

    /** The first tier over the whole library, and the second tier. */
    public static List<Candidate> fit(FitData data, List<Primitive> library) {
        return fit(data, library, true);
    }

    /** Ranked candidates, best first, one per class of exact equivalents; the second tier only when asked. */
    public static List<Candidate> fit(FitData data, List<Primitive> library, boolean pairs) {
        Normalised nd = Normalised.of(data);
        List<Fit> singles = new ArrayList<>();
        Set<String> fitted = new HashSet<>();
        for (Primitive g : library) {
            // an exact equivalent of a form already fitted (sigmoid of tanh, cos of sin) has the same optimum
            if (!fitted.add(g.equivalenceClass())) continue;
            Fit best = null;
            for (Structure s : Structure.of(g)) {
                Fit f = nd.search(s, StartGrid.starts(g, s.signs().get(0)), data, REFINED);
                if (f != null && (best == null || f.candidate.score() < best.candidate.score())) best = f;
            }
            if (best != null) singles.add(best);
        }
        List<Candidate> all = new ArrayList<>();
        for (Fit f : singles) all.add(f.candidate);
        if (pairs && !singles.isEmpty()) all.addAll(pairs(nd, data, singles, library.contains(Primitive.IDENTITY)));
        return Ranking.rank(all);
    }

    private static List<Candidate> pairs(Normalised nd, FitData data, List<Fit> singles, boolean withIdentity) {
        double bestScore = singles.stream().mapToDouble(f -> f.candidate.score()).min().orElseThrow();
        // the pool is chosen by fit, not score: the parts of a good sum need not be good alone
        List<Fit> ranked = new ArrayList<>(singles);
        ranked.sort(Comparator.comparingDouble((Fit f) -> -f.candidate.r2()).thenComparing(f -> f.candidate, Ranking.ORDER));
        List<Fit> pool = new ArrayList<>();
        Set<String> classes = new HashSet<>();
        Fit identity = null;
        for (Fit f : ranked) {
            Primitive g = f.structure.forms().get(0);
            if (g == Primitive.IDENTITY) {
                identity = f;
            } else if (pool.size() < PAIR_POOL && classes.add(g.equivalenceClass())) {
                pool.add(f);
            }
        }
        List<Fit[]> combos = new ArrayList<>();
        for (int i = 0; i < pool.size(); i++) {
            if (i < 2) combos.add(new Fit[] {pool.get(i), pool.get(i)});
            for (int j = i + 1; j < pool.size(); j++) combos.add(new Fit[] {pool.get(i), pool.get(j)});
        }
        // a form plus a line costs no more to search than the form alone, and is what many learned shapes are
        // (PReLU is relu plus a line, a cubic polynomial is x³ shifted plus a line): every form gets one
        if (withIdentity && identity != null) {
            for (Fit f : ranked) if (f != identity) combos.add(new Fit[] {f, identity});
        }
        List<Candidate> out = new ArrayList<>();
        for (Fit[] c : combos) {
            Structure s = c[0].structure.plus(c[1].structure);
            // strictly worse only: at equal score the better R² wins, so an exact pair may still beat a near-exact form
            if (Ranking.bestPossible(Formula.complexity(s.forms())) > bestScore) continue;
            // the better fitting part held at its own fit, the other searched over its grid; and both at their own
            // (with a line, the line has nothing to search: the form is searched over its grid instead)
            List<double[]> starts = new ArrayList<>();
            if (c[1] == identity) starts.addAll(StartGrid.starts(s.forms().get(0), s.signs().get(0)));
            else for (double[] t : StartGrid.starts(s.forms().get(1), s.signs().get(1))) starts.add(concat(c[0].theta, t));
            starts.add(concat(c[0].theta, c[1].theta));
            // a form plus a line: the line only tilts the form, one refinement from the best start is enough
            Fit f = nd.search(s, starts, data, c[1] == identity ? 1 : REFINED);
            if (f != null) out.add(f.candidate);
        }
        return out;
    }

    private static double[] concat(double[] a, double[] b) {
        double[] out = new double[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** A finished fit: its structure, its θ in normalised units, and its candidate in the original ones. */
    private record Fit(Structure structure, double[] theta, Candidate candidate) { }

    /** The data in normalised units, and the way back. */
    private record Normalised(double[] x, double[] y, double[] sw, double mx, double sx, double my, double sy) {

        static Normalised of(FitData d) {
            double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY, total = 0;
            for (int i = 0; i < d.size(); i++) {
                lo = Math.min(lo, d.x()[i]);
                hi = Math.max(hi, d.x()[i]);
                total += d.w()[i];
            }
            double mx = lo / 2 + hi / 2;
            double sx = hi > lo ? hi / 2 - lo / 2 : 1;
            double my = FitData.weightedMean(d.y(), d.w(), total);
            // the spread, scaled by the largest deviation first so that values near the double range do not overflow
            double range = 0;
            for (int i = 0; i < d.size(); i++) range = Math.max(range, Math.abs(d.y()[i] - my));
            double var = 0;
            if (range > 0) for (int i = 0; i < d.size(); i++) var += d.w()[i] * Math.pow((d.y()[i] - my) / range, 2);
            double sy = range * Math.sqrt(var / total);
            if (!(sy > 0) || !Double.isFinite(sy)) sy = Math.max(1, Math.abs(my));
            double[] x = new double[d.size()], y = new double[d.size()], sw = new double[d.size()];
            for (int i = 0; i < d.size(); i++) {
                x[i] = (d.x()[i] - mx) / sx;
                y[i] = (d.y()[i] - my) / sy;
                sw[i] = Math.sqrt(d.w()[i] / total);
            }
            return new Normalised(x, y, sw, mx, sx, my, sy);
        }

        /** Scores every start, refines the best {@code refined}, and returns the best as a candidate (null when none is finite). */
        Fit search(Structure s, List<double[]> starts, FitData data, int refined) {
            ProjectedProblem problem = new ProjectedProblem(x, y, sw, s);
            double[] costs = new double[starts.size()];
            Integer[] order = new Integer[starts.size()];
            for (int i = 0; i < starts.size(); i++) {
                costs[i] = problem.solve(starts.get(i), null);
                order[i] = i;
            }
            java.util.Arrays.sort(order, Comparator.comparingDouble(i -> costs[i]));
            double[] bestTheta = null;
            double bestCost = Double.POSITIVE_INFINITY;
            double[] linear = new double[s.terms() + 1];
            for (int k = 0; k < Math.min(refined, order.length); k++) {
                if (!Double.isFinite(costs[order[k]])) break;
                double[] theta = starts.get(order[k]);
                problem.solve(theta, linear);
                double[] p = problem.full(theta, linear);
                double c = LevenbergMarquardt.refine(problem, p);
                if (c < bestCost) {
                    bestCost = c;
                    bestTheta = problem.theta(p);
                }
            }
            if (bestTheta == null) return null;
            // the linear part solved exactly at the refined θ (the refinement moves it only approximately)
            if (!Double.isFinite(problem.solve(bestTheta, linear))) return null;
            Formula f = toOriginal(s, bestTheta, linear).canonical();
            if (!f.finite()) return null;
            FitData.Quality q = data.quality(f);
            if (q == null) return null;
            return new Fit(s, bestTheta, new Candidate(f, q.r2(), q.maxError(), Ranking.score(q.r2(), f.complexity()), false));
        }

        /** a'·g(b'·x' + c') + d' with x' = (x − mx)/sx and y = my + sy·y', written in x and y. */
        private Formula toOriginal(Structure s, double[] theta, double[] linear) {
            List<Term> terms = new ArrayList<>();
            for (int t = 0; t < s.terms(); t++) {
                double b = s.b(t, theta), c = s.c(t, theta);
                terms.add(new Term(s.forms().get(t), linear[t] * sy, b / sx, c - b * mx / sx));
            }
            return new Formula(terms, my + sy * linear[s.terms()]);
        }
    }
}
