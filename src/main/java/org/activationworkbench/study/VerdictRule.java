package org.activationworkbench.study;

import java.util.List;
import org.activationworkbench.stats.Difference;
import org.activationworkbench.stats.Summary;

/**
 * The one rule every study's verdict follows.
 *
 * <p><b>Within the spread</b> means: the 95 % interval of the difference between the two arms' means (Welch's t,
 * see {@link Difference}) contains 0. We test the difference itself rather than asking whether the two arms' own
 * 95 % intervals overlap: overlapping intervals are compatible with a real difference (two intervals can overlap
 * while their difference's interval excludes 0), so the overlap test is too cautious and its error rate is not
 * 5 %; the difference's interval is the direct answer to "could the gap be 0?". With one seed an arm has no
 * spread, its interval is unknown, and every comparison it enters is inconclusive.
 *
 * <ul>
 *   <li>{@link #better}: the claim "a beats b by at least m". The interval contains 0 → inconclusive; it lies
 *       wholly on the claimed side → reproduced when the mean gap reaches m, partly reproduced when it does not;
 *       wholly on the other side → not reproduced.</li>
 *   <li>{@link #comparable}: the claim "a is as good as b", read as "a is no worse than b by more than m": the
 *       interval's worse end above −m → reproduced; its better end below −m → not reproduced; else inconclusive.</li>
 *   <li>{@link #beyond}: the claim "the mean is above (below) x": the mean's own 95 % interval wholly on the
 *       claimed side → reproduced, wholly on the other → not reproduced, containing x → inconclusive.</li>
 *   <li>{@link #combine}: a claim of several parts is reproduced when every part is; partly reproduced when some
 *       part is reproduced or partly; otherwise not reproduced when some part is, inconclusive when none is.</li>
 *   <li>{@link #best}: an "up to X" claim holds if it holds somewhere: the best verdict of its cases.</li>
 *   <li>{@link #tally}: a claim tested case by case: clear wins on half the cases or more and no clear loss →
 *       reproduced; more wins than losses → partly; more losses → not reproduced; even → inconclusive.</li>
 * </ul>
 */
public final class VerdictRule {

    /** The rule in words, for every report's method section. */
    public static final String METHOD = "Verdicts follow one rule (`VerdictRule`): two arms differ only when the 95 % "
            + "interval of the difference of their means (Welch's t, seeds as independent samples) excludes 0; a gap "
            + "whose interval contains 0 lies within the seeds' spread and makes the comparison **inconclusive**. "
            + "A claim that one arm beats another is *reproduced* when the difference is clear and at least the size "
            + "stated below, *partly reproduced* when it is clear but smaller, *not reproduced* when it is clear the "
            + "other way. A claim of several parts is reproduced when every part is, partly when some part is.";

    private VerdictRule() {
    }

    /** One comparison of two arms, with the numbers behind its verdict. */
    public record Comparison(String label, Summary a, Summary b, Difference difference, Verdict verdict) { }

    /**
     * "a beats b by at least minEffect". Differences are taken in the claim's favour: a − b when higher is
     * better, b − a when lower is better.
     */
    public static Comparison better(String label, Summary a, Summary b, boolean higherIsBetter, double minEffect) {
        Difference d = favourable(a, b, higherIsBetter);
        Verdict v;
        if (d.intervalContains(0)) v = Verdict.INCONCLUSIVE;
        else if (d.ciLow() > 0) v = d.estimate() >= minEffect ? Verdict.REPRODUCED : Verdict.PARTLY_REPRODUCED;
        else v = Verdict.NOT_REPRODUCED;
        return new Comparison(label, a, b, d, v);
    }

    /** "a is no worse than b by more than margin" (a non-inferiority reading of "comparable"). */
    public static Comparison comparable(String label, Summary a, Summary b, boolean higherIsBetter, double margin) {
        Difference d = favourable(a, b, higherIsBetter);
        Verdict v;
        if (Double.isNaN(d.ciHalfWidth())) v = Verdict.INCONCLUSIVE;
        else if (d.ciLow() > -margin) v = Verdict.REPRODUCED;
        else if (d.ciHigh() < -margin) v = Verdict.NOT_REPRODUCED;
        else v = Verdict.INCONCLUSIVE;
        return new Comparison(label, a, b, d, v);
    }

    /** "the mean is above (or below) threshold". */
    public static Verdict beyond(Summary s, double threshold, boolean above) {
        double h = s.ciHalfWidth();
        if (Double.isNaN(h)) return Verdict.INCONCLUSIVE;
        double lo = s.mean() - h, hi = s.mean() + h;
        if (above ? lo > threshold : hi < threshold) return Verdict.REPRODUCED;
        if (above ? hi < threshold : lo > threshold) return Verdict.NOT_REPRODUCED;
        return Verdict.INCONCLUSIVE;
    }

    /**
     * "the mean lies within [low, high]": reproduced when its 95 % interval lies inside, not reproduced when the
     * interval lies wholly outside (above high or below low), inconclusive when it crosses a bound.
     */
    public static Verdict within(Summary s, double low, double high) {
        double h = s.ciHalfWidth();
        if (Double.isNaN(h)) return Verdict.INCONCLUSIVE;
        double lo = s.mean() - h, hi = s.mean() + h;
        if (lo > low && hi < high) return Verdict.REPRODUCED;
        if (hi < low || lo > high) return Verdict.NOT_REPRODUCED;
        return Verdict.INCONCLUSIVE;
    }

    public static Verdict combine(List<Verdict> parts) {
        if (parts.isEmpty()) throw new IllegalArgumentException("a claim needs at least one part");
        if (parts.stream().allMatch(v -> v == Verdict.REPRODUCED)) return Verdict.REPRODUCED;
        if (parts.stream().anyMatch(v -> v == Verdict.REPRODUCED || v == Verdict.PARTLY_REPRODUCED)) {
            return Verdict.PARTLY_REPRODUCED;
        }
        return parts.contains(Verdict.NOT_REPRODUCED) ? Verdict.NOT_REPRODUCED : Verdict.INCONCLUSIVE;
    }

    /**
     * A claim tested case by case (task by task): reproduced when the clear wins cover at least half the cases and
     * there is no clear loss; partly when clear wins outnumber clear losses; not reproduced when losses outnumber
     * wins; inconclusive when they are even (none of either included).
     */
    public static Verdict tally(int wins, int losses, int cases) {
        if (wins >= cases / 2.0 && wins > 0 && losses == 0) return Verdict.REPRODUCED;
        if (wins > losses) return Verdict.PARTLY_REPRODUCED;
        if (losses > wins) return Verdict.NOT_REPRODUCED;
        return Verdict.INCONCLUSIVE;
    }

    /** The most favourable of the cases: reproduced, then partly, then inconclusive, then not reproduced. */
    public static Verdict best(List<Verdict> cases) {
        if (cases.isEmpty()) throw new IllegalArgumentException("no cases");
        Verdict b = Verdict.NOT_REPRODUCED;
        for (Verdict v : cases) if (v.ordinal() < b.ordinal()) b = v;
        return b;
    }

    private static Difference favourable(Summary a, Summary b, boolean higherIsBetter) {
        return higherIsBetter ? Difference.of(a, b) : Difference.of(b, a);
    }
}
