package org.activationworkbench.data;

import java.util.List;
import java.util.Optional;

/** The catalogue of synthetic datasets, in listing order. */
public final class Generators {

    private static final List<String> TWO = List.of("class 0", "class 1");

    private static final List<Generator> ALL = List.of(
            new PointClassGenerator("spiral", "two interleaved spirals (TensorFlow Playground); noise = jitter relative to radius 5",
                    TWO, 0.1, PointSamplers::spiral),
            new PointClassGenerator("xor", "xor of the quadrants (TensorFlow Playground); noise = label jitter relative to radius 5",
                    TWO, 0.1, PointSamplers::xor),
            new PointClassGenerator("circles", "a disc inside a ring (TensorFlow Playground); noise = label jitter relative to radius 5",
                    TWO, 0.1, PointSamplers::circles),
            new PointClassGenerator("gaussian", "two Gaussian clusters at (2, 2) and (−2, −2) (TensorFlow Playground); noise widens them: variance 0.5 + 7 × noise",
                    TWO, 0.1, PointSamplers::gaussian),
            new PointClassGenerator("moons", "two interleaving half circles; noise = Gaussian sd relative to radius 5",
                    TWO, 0.05, PointSamplers::moons),
            new PointClassGenerator("blobs", "three Gaussian blobs; noise = sd relative to radius 5",
                    List.of("class 0", "class 1", "class 2"), 0.2, PointSamplers::blobs),
            new PointClassGenerator("checkerboard", "a 4 × 4 checkerboard; noise = colour jitter relative to radius 5",
                    TWO, 0.02, PointSamplers::checkerboard),
            new SurfaceGenerator("plane", "regression on the plane (x1 + x2) / 10 (TensorFlow Playground); noise = input jitter relative to radius 6",
                    (a, b) -> (a + b) / 10, 0.05),
            new SurfaceGenerator("multi-gaussian", "regression on six signed Gaussian bumps (TensorFlow Playground); noise = input jitter relative to radius 6",
                    Generators::multiGaussian, 0.05),
            new FunctionGenerator("sin", "fit sin(πx) on [−1, 1]; noise = Gaussian sd on y",
                    x -> Math.sin(Math.PI * x), 0.05),
            new FunctionGenerator("abs", "fit |x| on [−1, 1]; noise = Gaussian sd on y",
                    Math::abs, 0.05),
            new FunctionGenerator("step", "fit the step 0 for x < 0, 1 for x ≥ 0 on [−1, 1]; noise = Gaussian sd on y",
                    x -> x < 0 ? 0 : 1, 0.05),
            new FunctionGenerator("sawtooth", "fit a sawtooth with three teeth on [−1, 1] (range −1 to 1); noise = Gaussian sd on y",
                    Generators::sawtooth, 0.05),
            new FunctionGenerator("bump", "fit the Gaussian bump exp(−x² / (2 · 0.25²)) on [−1, 1]; noise = Gaussian sd on y",
                    x -> Math.exp(-x * x / (2 * 0.25 * 0.25)), 0.05),
            new FunctionGenerator("xsin", "fit x · sin(3x) on [−1, 1]; noise = Gaussian sd on y",
                    x -> x * Math.sin(3 * x), 0.05));

    private Generators() {
    }

    public static List<Generator> all() {
        return ALL;
    }

    public static Optional<Generator> byName(String name) {
        return ALL.stream().filter(g -> g.name().equalsIgnoreCase(name)).findFirst();
    }

    /** TensorFlow Playground's regressGaussian: the strongest of six signed bumps, each 1 at its centre and 0 beyond distance 2. */
    static double multiGaussian(double x, double y) {
        double[][] bumps = {{-4, 2.5, 1}, {0, 2.5, -1}, {4, 2.5, 1}, {-4, -2.5, -1}, {0, -2.5, 1}, {4, -2.5, -1}};
        double label = 0;
        for (double[] g : bumps) {
            double d = Math.hypot(x - g[0], y - g[1]);
            double v = g[2] * Math.max(0, 1 - d / 2);
            if (Math.abs(v) > Math.abs(label)) label = v;
        }
        return label;
    }

    /** Three rising teeth across [−1, 1], each going from −1 to 1. */
    static double sawtooth(double x) {
        double u = 1.5 * (x + 1);
        return 2 * (u - Math.floor(u)) - 1;
    }
}
