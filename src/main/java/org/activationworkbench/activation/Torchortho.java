package org.activationworkbench.activation;

import java.util.List;
import org.activationworkbench.core.Option;

/**
 * Which torchortho release's parameterisation a hermite, fourier or tropical activation follows. 0.1.2 is the
 * library's current one and this project's default; 0.1.1 is the one the paper's own runs used. The two differ in
 * the basis scaling, the initial coefficients and, for tropical, the output gain (docs/families.md).
 */
public enum Torchortho {
    V0_1_2("0.1.2"),
    V0_1_1("0.1.1");

    private final String label;

    Torchortho(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The family option, declared the same way by the three families so one flag serves them all. */
    static Option option() {
        return Option.choice("torchortho", V0_1_2.label, List.of(V0_1_2.label, V0_1_1.label), "torchortho",
                "Parameterisation: 0.1.2 (the library today) or 0.1.1 (the paper's own runs)");
    }

    static Torchortho of(FamilyValues v) {
        return byLabel(v.choice("torchortho"));
    }

    static Torchortho byLabel(String label) {
        for (Torchortho t : values()) if (t.label.equals(label)) return t;
        throw new IllegalArgumentException("unknown torchortho version " + label);
    }
}
