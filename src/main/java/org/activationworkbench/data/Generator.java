package org.activationworkbench.data;

import java.util.List;
import java.util.SplittableRandom;

/** A seeded synthetic dataset. The same seed and options always give the same samples. */
public interface Generator {

    String name();

    String description();

    Task task();

    int inputs();

    /** One per class (classification), else empty. */
    List<String> classNames();

    List<String> featureNames();

    int defaultSamples();

    /** What the noise option means is generator-specific; the description says. */
    double defaultNoise();

    /** Draws {@code samples} raw (unstandardised) samples from {@code rng}. */
    RawData generate(int samples, double noise, SplittableRandom rng);
}
