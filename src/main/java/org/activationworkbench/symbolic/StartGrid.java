package org.activationworkbench.symbolic;

import java.util.ArrayList;
import java.util.List;

/**
 * Starting points for the nonlinear parameters of one term, in normalised units (the data's x spans [−1, 1]):
 * the place of the kink, vertex or centre of g spread over and a little beyond the data, and for the other forms
 * a ladder of steepnesses b from nearly linear to a step a tenth of the range wide (frequencies, for sin and cos).
 */
final class StartGrid {

    private static final double[] CENTRES = {-0.8, -0.4, 0, 0.4, 0.8};
    private static final double[] SHIFTS = {-1.25, -1, -0.75, -0.5, -0.25, 0, 0.25, 0.5, 0.75, 1, 1.25};
    private static final double[] SLOPES = {0.7, 2, 5, 14};
    private static final double[] FREQUENCIES = {0.5, 1, 1.5, 2, 3, 4.5, 7, 10, 15, 22};
    private static final double[] PHASES = {0, Math.PI / 4, Math.PI / 2, 3 * Math.PI / 4};

    private StartGrid() {
    }

    /** The starts of term g (with sign s for a homogeneous g): each an array of its θ entries. */
    static List<double[]> starts(Primitive g, double sign) {
        List<double[]> out = new ArrayList<>();
        if (g.nonlinearParameters() == 0) {
            out.add(new double[0]);
        } else if (g.homogeneous()) {
            for (double t : SHIFTS) out.add(new double[] {-sign * t});
        } else if (g.periodic()) {
            for (double f : FREQUENCIES) for (double phase : PHASES) out.add(new double[] {f, phase});
        } else {
            boolean bothSigns = g.symmetry() == Primitive.Symmetry.NONE;
            for (double s : SLOPES) {
                for (double t : CENTRES) {
                    out.add(new double[] {s, -s * t});
                    if (bothSigns) out.add(new double[] {-s, s * t});
                }
            }
        }
        return out;
    }
}
