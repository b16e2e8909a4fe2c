package org.activationworkbench.lesson;

/**
 * What a step draws the eye to: one hidden layer's activation panel, the α/β trajectory plot, the coefficient bars,
 * the data view or the curves.
 *
 * @param target which
 * @param layer  the hidden layer (from 1) for {@link Target#LAYER}, else 0
 */
public record Highlight(Target target, int layer) {

    /** The things a step can highlight. */
    public enum Target { LAYER, TRAJECTORY, COEFFICIENTS, DATA, CURVES }

    /** "layer 2", "trajectory", …: as a lesson file writes it. */
    public String text() {
        return target == Target.LAYER ? "layer " + layer : target.name().toLowerCase(java.util.Locale.ROOT);
    }
}
