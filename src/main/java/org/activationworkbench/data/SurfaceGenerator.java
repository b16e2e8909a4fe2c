package org.activationworkbench.data;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.DoubleBinaryOperator;

/**
 * 2-D regression as in TensorFlow Playground: (x, y) uniform on [−6, 6]², label = teacher at a point
 * jittered by uniform(−6, 6) × noise in each coordinate (so noise is relative to the radius 6).
 *
 * @param teacher the noise-free surface, in raw (unstandardised) coordinates
 */
public record SurfaceGenerator(String name, String description, DoubleBinaryOperator teacher, double defaultNoise)
        implements Generator {

    static final double RADIUS = 6;

    @Override
    public Task task() {
        return Task.REGRESSION;
    }

    @Override
    public int inputs() {
        return 2;
    }

    @Override
    public List<String> classNames() {
        return List.of();
    }

    @Override
    public List<String> featureNames() {
        return List.of("x1", "x2");
    }

    @Override
    public int defaultSamples() {
        return PointClassGenerator.DEFAULT_SAMPLES;
    }

    @Override
    public RawData generate(int samples, double noise, SplittableRandom rng) {
        float[] x = new float[samples * 2];
        float[] y = new float[samples];
        for (int i = 0; i < samples; i++) {
            double a = rng.nextDouble(-RADIUS, RADIUS);
            double b = rng.nextDouble(-RADIUS, RADIUS);
            double na = rng.nextDouble(-RADIUS, RADIUS) * noise;
            double nb = rng.nextDouble(-RADIUS, RADIUS) * noise;
            x[2 * i] = (float) a;
            x[2 * i + 1] = (float) b;
            y[i] = (float) teacher.applyAsDouble(a + na, b + nb);
        }
        return new RawData(x, null, y, samples, 2);
    }
}
