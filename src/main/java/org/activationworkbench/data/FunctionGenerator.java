package org.activationworkbench.data;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;

/**
 * 1-D function fitting: x uniform on [−1, 1], y = teacher(x) + Gaussian noise (standard deviation = noise).
 *
 * @param teacher the noise-free target, in raw (unstandardised) x, so a learned fit can be compared with it
 */
public record FunctionGenerator(String name, String description, DoubleUnaryOperator teacher, double defaultNoise)
        implements Generator {

    public static final int DEFAULT_SAMPLES = 512;

    @Override
    public Task task() {
        return Task.REGRESSION;
    }

    @Override
    public int inputs() {
        return 1;
    }

    @Override
    public List<String> classNames() {
        return List.of();
    }

    @Override
    public List<String> featureNames() {
        return List.of("x");
    }

    @Override
    public int defaultSamples() {
        return DEFAULT_SAMPLES;
    }

    @Override
    public RawData generate(int samples, double noise, SplittableRandom rng) {
        float[] x = new float[samples];
        float[] y = new float[samples];
        for (int i = 0; i < samples; i++) {
            double xi = rng.nextDouble(-1, 1);
            x[i] = (float) xi;
            y[i] = (float) (teacher.applyAsDouble(xi) + noise * rng.nextGaussian());
        }
        return new RawData(x, null, y, samples, 1);
    }
}
