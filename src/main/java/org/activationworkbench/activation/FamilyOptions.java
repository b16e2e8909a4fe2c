package org.activationworkbench.activation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Validation of the options in an {@link ActivationSpec} for one family. Messages are shown to users verbatim
 * after "error: ", so they name the option and what it accepts.
 */
final class FamilyOptions {

    private FamilyOptions() {
    }

    /**
     * Rejects every option the spec sets that is not in {@code allowed} (CLI names without dashes: "degree",
     * "knots", "range", "base", "init"). --init-fit is checked by the registry, not here.
     */
    static void allowOnly(ActivationSpec spec, String... allowed) {
        List<String> given = new ArrayList<>();
        if (spec.degree() != null) given.add("degree");
        if (spec.knots() != null) given.add("knots");
        if (spec.range() != null) given.add("range");
        if (spec.base() != null) given.add("base");
        if (spec.init() != null) given.add("init");
        List<String> ok = Arrays.asList(allowed);
        for (String option : given) {
            if (!ok.contains(option)) {
                throw new IllegalArgumentException("option --" + option + " does not apply to family " + spec.family());
            }
        }
    }

    /** An integer option with a lower bound, or its default when not given. */
    static int atLeast(String option, Integer given, int min, int fallback) {
        if (given == null) return fallback;
        if (given < min) {
            throw new IllegalArgumentException("option --" + option + " must be at least " + min + ", got " + given);
        }
        return given;
    }

    /** One of the named baselines, or the default when not given. */
    static Baseline baseline(String option, String given, Baseline fallback, Baseline... allowed) {
        if (given == null) return fallback;
        Baseline b = Baseline.byLabel(given);
        if (b == null || !Arrays.asList(allowed).contains(b)) {
            throw new IllegalArgumentException("option --" + option + " must be one of "
                    + Arrays.stream(allowed).map(Baseline::label).collect(Collectors.joining(", "))
                    + ", got '" + given + "'");
        }
        return b;
    }

    /** A lo,hi range with finite lo < hi, or the default when not given. */
    static double[] range(String option, double[] given, double[] fallback) {
        if (given == null) return fallback.clone();
        if (given.length != 2 || !Double.isFinite(given[0]) || !Double.isFinite(given[1]) || given[0] >= given[1]) {
            throw new IllegalArgumentException("option --" + option + " must be two finite numbers lo,hi with lo < hi, got "
                    + Arrays.stream(given).mapToObj(Formats::compact).collect(Collectors.joining(",")));
        }
        return given.clone();
    }
}
