package org.activationworkbench.symbolic;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Readings as JSON: per activation its layer and unit (from 1; unit null for a layer-shared activation), its
 * inputs, and its best candidates, each with the formula as text, LaTeX and a torch expression in x, its terms'
 * parameters, R², the largest error, complexity, score and whether it is on the Pareto front.
 */
public final class ReadingJson {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private ReadingJson() {
    }

    public static ArrayNode readings(List<Reading> readings, int top) {
        ArrayNode out = F.arrayNode();
        for (Reading r : readings) out.add(reading(r, top));
        return out;
    }

    public static ObjectNode reading(Reading r, int top) {
        ObjectNode o = F.objectNode();
        o.put("layer", r.layer() + 1);
        if (r.unit() < 0) o.putNull("unit");
        else o.put("unit", r.unit() + 1);
        InputDistribution in = r.inputs();
        ObjectNode inputs = o.putObject("inputs");
        inputs.put("source", in.source());
        inputs.put("lo", in.lo());
        inputs.put("hi", in.hi());
        inputs.put("outside_share", in.outsideShare());
        ArrayNode cands = o.putArray("candidates");
        List<Candidate> c = r.candidates();
        for (int k = 0; k < Math.min(top, c.size()); k++) cands.add(candidate(c.get(k), k + 1));
        return o;
    }

    public static ObjectNode candidate(Candidate c, int rank) {
        ObjectNode o = F.objectNode();
        o.put("rank", rank);
        o.put("fn", c.fn());
        o.put("formula", c.formula().text());
        o.put("latex", c.formula().latex());
        o.put("torch", c.formula().torch("x"));
        ArrayNode terms = o.putArray("terms");
        for (Term t : c.formula().terms()) {
            ObjectNode term = terms.addObject();
            term.put("g", t.g().label());
            term.put("a", t.a());
            term.put("b", t.b());
            term.put("c", t.c());
        }
        o.put("d", c.formula().offset());
        o.put("r2", c.r2());
        o.put("max_error", c.maxError());
        o.put("complexity", c.complexity());
        o.put("score", c.score());
        o.put("pareto", c.pareto());
        return o;
    }
}
