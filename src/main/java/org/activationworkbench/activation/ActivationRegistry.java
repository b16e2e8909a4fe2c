package org.activationworkbench.activation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Every activation family the workbench knows, in the order `families` lists them. */
public final class ActivationRegistry {

    private static final List<FamilyInfo> FAMILIES;

    static {
        List<FamilyInfo> all = new ArrayList<>();
        // --- fixed baselines, prelu, dyn, bspline, tropical ---
        for (Baseline b : Baseline.values()) all.add(FixedActivation.familyInfo(b));
        all.add(PReLUActivation.INFO);
        all.add(DynActivation.INFO);
        all.add(BSplineActivation.INFO);
        all.add(TropicalActivation.INFO);

        // --- hermite, fourier, slaf, rational ---
        all.add(HermiteActivation.info());
        all.add(FourierActivation.info());
        all.add(SlafActivation.info());
        all.add(RationalActivation.info());

        FAMILIES = Collections.unmodifiableList(all);
    }

    private ActivationRegistry() {
    }

    public static List<FamilyInfo> all() {
        return FAMILIES;
    }

    public static List<FamilyInfo> learnable() {
        return FAMILIES.stream().filter(FamilyInfo::learnable).toList();
    }

    public static FamilyInfo info(String name) {
        String key = name.trim().toLowerCase(Locale.ROOT);
        for (FamilyInfo f : FAMILIES) {
            if (f.name().equals(key)) return f;
        }
        throw new IllegalArgumentException("unknown family '" + name + "' (known: "
                + String.join(", ", FAMILIES.stream().map(FamilyInfo::name).toList()) + ")");
    }

    /** Builds the activation a spec describes, applying --init-fit when given. */
    public static Activation create(ActivationSpec spec) {
        Activation a = info(spec.family()).factory().apply(spec);
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
