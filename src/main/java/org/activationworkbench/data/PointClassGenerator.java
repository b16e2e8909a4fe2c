package org.activationworkbench.data;

import java.util.List;
import java.util.SplittableRandom;

/** 2-D point classification; the sampler fills coordinates and labels. */
public record PointClassGenerator(String name, String description, List<String> classNames, double defaultNoise,
                                  Sampler sampler) implements Generator {

    public static final int DEFAULT_SAMPLES = 1000;

    /** Fills {@code xy} (n × 2) and {@code labels} (n). */
    @FunctionalInterface
    public interface Sampler {
        void sample(int n, double noise, SplittableRandom rng, float[] xy, int[] labels);
    }

    public PointClassGenerator {
        classNames = List.copyOf(classNames);
    }

    @Override
    public Task task() {
        return Task.CLASSIFICATION;
    }

    @Override
    public int inputs() {
        return 2;
    }

    @Override
    public List<String> featureNames() {
        return List.of("x1", "x2");
    }

    @Override
    public int defaultSamples() {
        return DEFAULT_SAMPLES;
    }

    @Override
    public RawData generate(int samples, double noise, SplittableRandom rng) {
        float[] xy = new float[samples * 2];
        int[] labels = new int[samples];
        sampler.sample(samples, noise, rng, xy, labels);
        return new RawData(xy, labels, null, samples, 2);
    }
}
