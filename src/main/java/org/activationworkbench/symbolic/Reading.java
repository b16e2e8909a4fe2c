package org.activationworkbench.symbolic;

import java.util.List;

/**
 * The closed-form reading of one learned activation.
 *
 * @param layer      activation layer, from 0
 * @param unit       unit from 0 in neuron sharing; −1 for a layer-shared activation
 * @param inputs     the inputs it was fitted over
 * @param candidates ranked readings, best first
 */
public record Reading(int layer, int unit, InputDistribution inputs, List<Candidate> candidates) {

    public Reading {
        candidates = List.copyOf(candidates);
    }

    public Candidate best() {
        return candidates.get(0);
    }

    /** "hidden layer 2, unit 5" or "hidden layer 1" (counted from 1, as the options). */
    public String title() {
        return "hidden layer " + (layer + 1) + (unit < 0 ? "" : ", unit " + (unit + 1));
    }
}
