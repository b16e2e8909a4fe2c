package org.activationworkbench.symbolic;

import java.util.ArrayList;
import java.util.List;

/**
 * Which closed forms a fit combines, and for each homogeneous one the sign of b it is fitted with (its size is
 * absorbed into a, so only the shift c is searched). The nonlinear parameters θ of a structure are, term by term:
 * none for identity, c for a homogeneous form, b and c for the others.
 */
record Structure(List<Primitive> forms, List<Double> signs) {

    Structure {
        forms = List.copyOf(forms);
        signs = List.copyOf(signs);
    }

    static Structure single(Primitive g, double sign) {
        return new Structure(List.of(g), List.of(sign));
    }

    Structure plus(Structure other) {
        List<Primitive> f = new ArrayList<>(forms);
        f.addAll(other.forms);
        List<Double> s = new ArrayList<>(signs);
        s.addAll(other.signs);
        return new Structure(f, s);
    }

    /** The structures worth fitting for g alone: a homogeneous g without symmetry needs b = +1 and b = −1. */
    static List<Structure> of(Primitive g) {
        if (g.homogeneous() && g.symmetry() == Primitive.Symmetry.NONE) return List.of(single(g, 1), single(g, -1));
        return List.of(single(g, 1));
    }

    int terms() {
        return forms.size();
    }

    int thetaSize() {
        int n = 0;
        for (Primitive g : forms) n += g.nonlinearParameters();
        return n;
    }

    /** Where term i's nonlinear parameters start in θ. */
    int thetaOffset(int term) {
        int n = 0;
        for (int i = 0; i < term; i++) n += forms.get(i).nonlinearParameters();
        return n;
    }

    /** b of term i for the given θ. */
    double b(int term, double[] theta) {
        Primitive g = forms.get(term);
        return g.nonlinearParameters() == 2 ? theta[thetaOffset(term)] : signs.get(term);
    }

    /** c of term i for the given θ. */
    double c(int term, double[] theta) {
        Primitive g = forms.get(term);
        return g.nonlinearParameters() == 0 ? 0 : theta[thetaOffset(term) + g.nonlinearParameters() - 1];
    }
}
