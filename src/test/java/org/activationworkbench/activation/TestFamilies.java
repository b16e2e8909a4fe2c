package org.activationworkbench.activation;

import java.util.ArrayList;
import java.util.List;
import org.activationworkbench.core.Option;

/** Families that exist only in tests: they show that an option written once reaches every place options go. */
public final class TestFamilies {

    /** A bspline with one throw-away option more, declared here and nowhere else. */
    public static final String WOBBLY = "bspline-wobbly";
    public static final Option WOBBLE = Option.real("wobble", 0.25, 0, 1, "Wobble",
            "A throw-away option of a test family");

    private TestFamilies() {
    }

    /** Registers the wobbly family (the caller unregisters it). */
    public static void registerWobbly() {
        List<Option> options = new ArrayList<>(BSplineActivation.INFO.options());
        options.add(WOBBLE);
        ActivationRegistry.register(new FamilyInfo(WOBBLY, true, options, "K per vector (21)",
                "a bspline with a throw-away option, for tests", BSplineActivation::fromValues));
    }

    public static void unregisterWobbly() {
        ActivationRegistry.unregister(WOBBLY);
    }
}
