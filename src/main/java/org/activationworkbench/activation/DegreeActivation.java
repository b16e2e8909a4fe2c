package org.activationworkbench.activation;

import java.util.ArrayList;
import java.util.List;

/**
 * What the series families (hermite, slaf, fourier) share: a name and a degree, one parameter vector per layer,
 * LeCun-normal weights in front (their inits assume ~N(0,1) inputs), and [−3, 3] as the range worth drawing.
 */
abstract class DegreeActivation extends Activation {

    private final String family;
    protected final int degree;

    DegreeActivation(String family, int degree, int maxDegree) {
        if (degree < 1 || degree > maxDegree) {
            throw new IllegalArgumentException(family + " degree out of range: " + degree);
        }
        this.family = family;
        this.degree = degree;
    }

    public int degree() {
        return degree;
    }

    @Override public String family() { return family; }
    @Override public String displayName() { return family + " (degree " + degree + ")"; }
    @Override public Sharing defaultSharing() { return Sharing.LAYER; }
    @Override public WeightInit weightInit() { return WeightInit.LECUN; }

    /** Inputs are ~N(0,1) under LeCun weights: ±3σ holds 99.7% of them; beyond, any fit is extrapolation. */
    @Override public double[] workingRange() { return new double[] {-3, 3}; }

    /** "a_0" … for the given prefix and index range (inclusive). */
    static List<String> names(String prefix, int from, int to) {
        List<String> names = new ArrayList<>();
        for (int k = from; k <= to; k++) names.add(prefix + "_" + k);
        return names;
    }
}
