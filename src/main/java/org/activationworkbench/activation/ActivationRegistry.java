package org.activationworkbench.activation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.activationworkbench.core.Option;
import org.activationworkbench.core.OptionException;

/** Every activation family the workbench knows, in the order `families` lists them. */
public final class ActivationRegistry {

    private static final List<FamilyInfo> FAMILIES = new CopyOnWriteArrayList<>();

    static {
        // --- fixed baselines, prelu, dyn, bspline, tropical ---
        for (Baseline b : Baseline.values()) FAMILIES.add(FixedActivation.familyInfo(b));
        FAMILIES.add(PReLUActivation.INFO);
        FAMILIES.add(DynActivation.INFO);
        FAMILIES.add(BSplineActivation.INFO);
        FAMILIES.add(TropicalActivation.INFO);

        // --- hermite, fourier, slaf, rational ---
        FAMILIES.add(HermiteActivation.info());
        FAMILIES.add(FourierActivation.info());
        FAMILIES.add(SlafActivation.info());
        FAMILIES.add(RationalActivation.info());
    }

    private ActivationRegistry() {
    }

    /**
     * Adds a family (a plug-in, or a test's throw-away family). Its options may share a name with another family's
     * only when they are of the same kind, since the command line has one flag per name.
     */
    public static void register(FamilyInfo info) {
        if (findInfo(info.name()).isPresent()) throw new IllegalArgumentException("family " + info.name() + " exists");
        for (Option o : info.options()) {
            for (FamilyInfo f : FAMILIES) {
                f.option(o.name()).filter(other -> other.kind() != o.kind()).ifPresent(other -> {
                    throw new IllegalArgumentException("option --" + o.name() + " of " + info.name() + " is a "
                            + o.kind() + ", but " + f.name() + "'s is a " + other.kind());
                });
            }
        }
        FAMILIES.add(info);
    }

    /** Removes a family added by {@link #register}. */
    public static void unregister(String name) {
        FAMILIES.removeIf(f -> f.name().equals(name));
    }

    public static List<FamilyInfo> all() {
        return List.copyOf(FAMILIES);
    }

    public static List<FamilyInfo> learnable() {
        return FAMILIES.stream().filter(FamilyInfo::learnable).toList();
    }

    public static Optional<FamilyInfo> findInfo(String name) {
        if (name == null) return Optional.empty();
        String key = name.trim().toLowerCase(Locale.ROOT);
        return FAMILIES.stream().filter(f -> f.name().equals(key)).findFirst();
    }

    public static FamilyInfo info(String name) {
        return findInfo(name).orElseThrow(() -> new IllegalArgumentException("unknown family '" + name + "' (known: "
                + String.join(", ", FAMILIES.stream().map(FamilyInfo::name).toList()) + ")"));
    }

    /** Every option name any family declares, with the families that declare it (for the command line's flags). */
    public static Map<String, List<FamilyInfo>> optionNames() {
        Map<String, List<FamilyInfo>> m = new LinkedHashMap<>();
        for (FamilyInfo f : FAMILIES) {
            for (Option o : f.options()) m.computeIfAbsent(o.name(), k -> new ArrayList<>()).add(f);
        }
        return m;
    }

    /**
     * The given options of a family checked against its declarations and completed with its defaults, in
     * declaration order. An option the family does not have is an error; an unknown family keeps what was given.
     */
    static Map<String, Object> completeOptions(String family, Map<String, Object> given) {
        Optional<FamilyInfo> found = findInfo(family);
        if (found.isEmpty()) return given;
        FamilyInfo info = found.get();
        for (String name : given.keySet()) {
            if (info.option(name).isEmpty()) {
                throw new OptionException("option --" + name + " does not apply to family " + info.name());
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (Option o : info.options()) {
            Object v = given.get(o.name());
            out.put(o.name(), v == null ? o.defaultValue() : o.check(v, who(o, info)));
        }
        return out;
    }

    /** "option --init", or "option --degree for family slaf" when several families have a --degree. */
    static String who(Option o, FamilyInfo info) {
        long sharing = FAMILIES.stream().filter(f -> f.option(o.name()).isPresent()).count();
        return "option " + o.flag() + (sharing > 1 ? " for family " + info.name() : "");
    }

    /** Builds the activation a spec describes, applying --init-fit when given. */
    public static Activation create(ActivationSpec spec) {
        FamilyInfo info = info(spec.family());
        Activation a = info.factory().apply(new FamilyValues(info.name(), completeOptions(info.name(), spec.options())));
        if (spec.initFit() != null) {
            if (!a.learnable()) {
                throw new IllegalArgumentException("--init-fit applies to learnable families only, not " + spec.family());
            }
            Activation target = create(ActivationSpec.of(spec.initFit()));
            if (target.learnable()) {
                throw new IllegalArgumentException("--init-fit takes a fixed baseline, not the learnable family "
                        + spec.initFit());
            }
            a.overrideInitialParameters(InitFit.fit(a, target));
        }
        return a;
    }
}
