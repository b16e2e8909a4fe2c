package org.activationworkbench.activation;

import java.util.List;
import java.util.Map;

/**
 * Everything a plot needs to draw one activation with its inner structure, sampled once.
 * Immutable; built by {@link Activation#view}.
 *
 * @param x          sample points, ascending
 * @param y          f(x)
 * @param dy         f'(x)
 * @param components curves drawn faint under f: basis terms, dyn's B(x)(α−β) and βx, tropical lines,
 *                   rational numerator/denominator (may be empty)
 * @param markers    points drawn as dots on the curve: bspline knots (may be empty)
 * @param bars       named bars: coefficients, amplitudes, frequencies (may be empty)
 * @param scalars    named numbers shown as text: dyn's α and β (may be empty)
 * @param activePiece per sample, the index of the winning piece (tropical) or of the active segment; null if none
 * @param formula    the closed form with current numbers, for display (may be empty)
 */
public record ActivationView(double[] x, double[] y, double[] dy,
                             List<Component> components, List<Marker> markers, List<Bar> bars,
                             Map<String, Double> scalars, int[] activePiece, String formula) {

    /** A named curve over the same x as the view. */
    public record Component(String name, double[] y) { }

    /** A named point, e.g. the knot t_j with its value c_j. */
    public record Marker(String name, double x, double y) { }

    /** A named bar in a group ("coefficients", "frequencies"). */
    public record Bar(String group, String name, double value) { }
}
