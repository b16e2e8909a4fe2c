package org.activationworkbench.cli;

import org.activationworkbench.activation.ActivationSpec;
import picocli.CommandLine.Option;

/** The activation-family options shared by `curve`, `train` and friends (shared/spec/families.md). */
public final class FamilyOptions {

    @Option(names = "--family", required = true, paramLabel = "NAME", description = "Activation family (see `families`).")
    String family;

    @Option(names = "--degree", paramLabel = "N", description = "Degree (hermite, fourier, tropical, slaf).")
    Integer degree;

    @Option(names = "--knots", paramLabel = "K", description = "Number of knots (bspline, default 21).")
    Integer knots;

    @Option(names = "--range", paramLabel = "LO,HI", description = "Knot grid range (bspline, default -3,3).")
    String range;

    @Option(names = "--base", paramLabel = "NAME", description = "Base activation B(x) of dyn (default relu).")
    String base;

    @Option(names = "--init", paramLabel = "NAME", description = "Initial shape of bspline (default relu).")
    String init;

    @Option(names = "--init-fit", paramLabel = "BASELINE",
            description = "Start as a least-squares fit to a fixed baseline, e.g. gelu.")
    String initFit;

    public ActivationSpec toSpec() {
        return new ActivationSpec(family, degree, knots, range == null ? null : parseRange(range), base, init, initFit);
    }

    static double[] parseRange(String text) {
        double[] v = Numbers.parseList(text, "--range");
        if (v.length != 2) throw new IllegalArgumentException("--range takes two numbers lo,hi, got '" + text + "'");
        if (!(v[0] < v[1])) throw new IllegalArgumentException("--range needs lo < hi, got '" + text + "'");
        return v;
    }
}
