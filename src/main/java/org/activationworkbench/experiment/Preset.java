package org.activationworkbench.experiment;

import java.util.List;
import java.util.Map;

/**
 * A small ready experiment that shows one family at its best, with a sentence on what to watch and the pace at
 * which the window plays it: the planned run takes about {@code seconds} at the preset's speed, slow enough to follow
 * the story from the init shape to the learned one.
 *
 * @param name    menu label
 * @param watch   what to look at while it trains
 * @param recipe  the experiment (defaults for its data and family, then these options)
 * @param seconds how long the planned epochs take in the window
 */
public record Preset(String name, String watch, ExperimentRecipe recipe, double seconds) {

    /** The window's first experiment: exactly what `train --dataset spiral --family bspline` runs. */
    public static Preset startup() {
        return all().get(0);
    }

    public static List<Preset> all() {
        return List.of(
                new Preset("B-spline on the spiral",
                        "Each neuron bends its own piecewise-linear curve: watch the knots (dots) leave the ReLU shape "
                                + "while the spiral's arms appear in the data view.",
                        ExperimentRecipe.of("spiral", "bspline"), 30),
                of("B-spline fits sin(πx)", "sin", "bspline", Map.of("hidden", List.of(8), "act-lr", 0.03),
                        "One hidden layer of 8 neurons: the knots move until the spline curves together trace the sine."),
                of("dynActivation in a deep net", "spiral", "dyn",
                        Map.of("hidden", List.of(16, 16, 16, 16, 16, 16), "lr", 0.005, "act-lr", 0.01),
                        "Six layers: watch α and β per layer drift away from ReLU (α = 1, β = 0) in the trajectory plot; "
                                + "deep layers often become more linear."),
                of("Tropical on XOR", "xor", "tropical", Map.of("hidden", List.of(8), "act-lr", 0.05),
                        "The max over lines: the bold envelope changes which line wins where, while XOR's four "
                                + "quadrants separate."),
                of("Hermite on moons", "moons", "hermite", Map.of(),
                        "Coefficient bars under the curve: higher-order terms grow as the network needs curvature."),
                of("Fourier on checkerboard", "checkerboard", "fourier", Map.of("hidden", List.of(32, 32)),
                        "Frequencies ω and amplitudes shift: oscillating activations suit the checkerboard's "
                                + "periodic pattern."),
                of("SLAF polynomial on circles", "circles", "slaf", Map.of("hidden", List.of(8, 8)),
                        "Starts as the identity (a linear net cannot separate circles); watch the x² term appear."),
                of("Rational (Padé) on the spiral", "spiral", "rational", Map.of(),
                        "Starts as leaky ReLU; numerator and denominator reshape the curve smoothly."),
                of("PReLU on blobs", "blobs", "prelu", Map.of("hidden", List.of(16)),
                        "A single slope a for the negative side: watch it move away from 0.25."),
                of("Hermite in 50 residual blocks", "digits", "hermite",
                        Map.of("hidden", java.util.Collections.nCopies(50, 64), "block", "residual", "norm", "layer",
                                "epochs", 20, "batch", 32, "lr", 0.001),
                        "Fifty pre-LayerNorm blocks x + W₂·f(W₁·norm(x)): as a plain network this depth of Hermite "
                                + "polynomials overflows, with the residual stream it learns the digits."));
    }

    private static Preset of(String name, String dataset, String family, Map<String, Object> options, String watch) {
        ExperimentRecipe r = ExperimentRecipe.of(dataset, family);
        for (Map.Entry<String, Object> e : options.entrySet()) r = r.with(e.getKey(), e.getValue());
        return new Preset(name, watch, r, 30);
    }

    /** A preset by name, or by a word of its name ("spiral", "tropical"), case-insensitive. */
    public static java.util.Optional<Preset> find(String nameOrWord) {
        String key = nameOrWord.toLowerCase(java.util.Locale.ROOT);
        return all().stream().filter(p -> p.name().toLowerCase(java.util.Locale.ROOT).contains(key)).findFirst();
    }
}
