package org.activationworkbench.symbolic;

import java.util.List;
import java.util.Locale;

/**
 * Readings as text for people and as CSV for programs. The CSV has one row per candidate, best first within each
 * activation, with the columns {@value #CSV_HEADER}: layer and unit counted from 1 (unit empty for a layer-shared
 * activation), a, b, c of the first term and d; a two-term row has fn "g1+g2" and its second term only in the
 * formula.
 */
public final class ReadingTables {

    public static final String CSV_HEADER = "layer,unit,rank,formula,fn,a,b,c,d,r2,max_error,complexity";

    private ReadingTables() {
    }

    public static String csv(List<Reading> readings, int top) {
        StringBuilder sb = new StringBuilder(CSV_HEADER).append('\n');
        for (Reading r : readings) {
            List<Candidate> c = r.candidates();
            for (int k = 0; k < Math.min(top, c.size()); k++) {
                Candidate cand = c.get(k);
                Term t = cand.formula().terms().get(0);
                sb.append(r.layer() + 1).append(',').append(r.unit() < 0 ? "" : Integer.toString(r.unit() + 1)).append(',')
                        .append(k + 1).append(',').append(quote(cand.formula().text())).append(',').append(cand.fn())
                        .append(',').append(t.a()).append(',').append(t.b()).append(',').append(t.c())
                        .append(',').append(cand.formula().offset()).append(',').append(cand.r2())
                        .append(',').append(cand.maxError()).append(',').append(cand.complexity()).append('\n');
            }
        }
        return sb.toString();
    }

    /** One block per activation: where its inputs came from and the top candidates; "*" marks the Pareto front. */
    public static String text(List<Reading> readings, int top) {
        StringBuilder sb = new StringBuilder();
        for (Reading r : readings) {
            InputDistribution in = r.inputs();
            sb.append(r.title()).append(" · inputs: ").append(in.source()).append(" · x in [")
                    .append(FormulaNumbers.magnitudeSigned(in.lo())).append(", ").append(FormulaNumbers.magnitudeSigned(in.hi()))
                    .append(']');
            if (in.outsideShare() > 0.01) {
                sb.append(String.format(Locale.ROOT, " · %.0f%% of inputs outside, not fitted", 100 * in.outsideShare()));
            }
            sb.append('\n').append(String.format(Locale.ROOT, "  %4s  %-10s %-10s %-4s %s%n", "rank", "R²", "max error",
                    "cx", "formula"));
            List<Candidate> c = r.candidates();
            for (int k = 0; k < Math.min(top, c.size()); k++) {
                Candidate cand = c.get(k);
                sb.append(String.format(Locale.ROOT, "  %4d  %-10s %-10s %-4d %s%s%n", k + 1, r2(cand.r2()),
                        FormulaNumbers.magnitude(cand.maxError()), cand.complexity(), cand.formula().text(),
                        cand.pareto() ? "  *" : ""));
            }
        }
        if (!readings.isEmpty()) sb.append("(cx = complexity; * = on the Pareto front of complexity and R²)\n");
        return sb.toString();
    }

    /** R² to six decimals, or as 1 − ε when closer to 1 than that shows. */
    static String r2(double r2) {
        if (r2 < 1 && r2 > 0.999999) return String.format(Locale.ROOT, "1-%.0e", 1 - r2);
        return String.format(Locale.ROOT, "%.6f", r2);
    }

    private static String quote(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
