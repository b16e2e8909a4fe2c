package org.activationworkbench.ui.model;

import java.util.List;
import org.activationworkbench.activation.ActivationSpec;
import org.activationworkbench.activation.Sharing;
import org.activationworkbench.data.DataOptions;
import org.activationworkbench.experiment.ExperimentConfig;
import org.activationworkbench.train.TrainingOptions;

/**
 * A small ready experiment that shows one family at its best, with a sentence on what to watch.
 *
 * @param name   menu label
 * @param watch  what to look at while it trains
 * @param config the experiment
 */
public record Preset(String name, String watch, ExperimentConfig config) {

    /** The launch experiment: spiral, bspline, two hidden layers. */
    public static Preset startup() {
        return all().get(0);
    }

    public static List<Preset> all() {
        return List.of(
                of("B-spline on the spiral", "spiral", spec("bspline"), Sharing.NEURON, new int[] {16, 16}, 0.01, 0.01,
                        "Each neuron bends its own piecewise-linear curve: watch the knots (dots) leave the ReLU shape "
                                + "while the spiral's arms appear in the data view."),
                of("B-spline fits sin(πx)", "sin", spec("bspline"), Sharing.NEURON, new int[] {8}, 0.01, 0.03,
                        "One hidden layer of 8 neurons: the knots move until the spline curves together trace the sine."),
                of("dynActivation in a deep net", "spiral", spec("dyn"), Sharing.LAYER,
                        new int[] {16, 16, 16, 16, 16, 16}, 0.005, 0.01,
                        "Six layers: watch α and β per layer drift away from ReLU (α = 1, β = 0) in the trajectory plot; "
                                + "deep layers often become more linear."),
                of("Tropical on XOR", "xor", spec("tropical"), Sharing.LAYER, new int[] {8}, 0.01, 0.05,
                        "The max over lines: the bold envelope changes which line wins where, while XOR's four "
                                + "quadrants separate."),
                of("Hermite on moons", "moons", spec("hermite"), Sharing.LAYER, new int[] {16, 16}, 0.01, 0.01,
                        "Coefficient bars under the curve: higher-order terms grow as the network needs curvature."),
                of("Fourier on checkerboard", "checkerboard", spec("fourier"), Sharing.LAYER, new int[] {32, 32}, 0.01,
                        0.01, "Frequencies ω and amplitudes shift: oscillating activations suit the checkerboard's "
                                + "periodic pattern."),
                of("SLAF polynomial on circles", "circles", spec("slaf"), Sharing.LAYER, new int[] {8, 8}, 0.01, 0.01,
                        "Starts as the identity (a linear net cannot separate circles); watch the x² term appear."),
                of("Rational (Padé) on the spiral", "spiral", spec("rational"), Sharing.LAYER, new int[] {16, 16}, 0.01,
                        0.01, "Starts as leaky ReLU; numerator and denominator reshape the curve smoothly."),
                of("PReLU on blobs", "blobs", spec("prelu"), Sharing.LAYER, new int[] {16}, 0.01, 0.01,
                        "A single slope a for the negative side: watch it move away from 0.25."));
    }

    private static ActivationSpec spec(String family) {
        return ActivationSpec.of(family);
    }

    private static Preset of(String name, String dataset, ActivationSpec spec, Sharing sharing, int[] hidden,
                             double lr, double actLr, String watch) {
        TrainingOptions t = new TrainingOptions(1000, 32, lr, actLr, "adam", 0.9, false, 0, 0,
                "slaf".equals(spec.family()) ? 1.0 : 0, 1);
        return new Preset(name, watch, new ExperimentConfig(dataset, DataOptions.defaults().withSeed(1), spec,
                sharing, hidden, t));
    }
}
