package org.activationworkbench.activation;

import java.util.List;

/** A series Σ_{k=0..n} a_k·φ_k(x) over a fixed basis (hermite, slaf): parameters a_0 … a_n, linear in them. */
abstract class CoefficientSeries extends DegreeActivation {

    CoefficientSeries(String family, int degree, int maxDegree) {
        super(family, degree, maxDegree);
    }

    @Override public int parameterCount() { return degree + 1; }
    @Override public boolean linearInParameters() { return true; }

    @Override
    public List<String> parameterNames() {
        return names("a", 0, degree);
    }
}
