package org.activationworkbench.data;

import java.util.List;

/**
 * How to load a dataset. Every field has a default so the CLI and the UI only set what the user gave.
 *
 * @param samples     number of generated samples, null = the generator's default (generated sets only)
 * @param noise       generator noise, null = the generator's default (generated sets only)
 * @param seed        seed for generation and for the train/test split
 * @param testRatio   fraction of rows held out for testing, in [0, 1) (ignored by sets with a fixed split)
 * @param target      CSV column to predict, null = the last column
 * @param task        override of the inferred task (CSV), null = infer
 * @param ignore      CSV columns to drop
 * @param dropMissing drop CSV rows with missing values instead of refusing the file
 */
public record DataOptions(Integer samples, Double noise, long seed, double testRatio, String target, Task task,
                          List<String> ignore, boolean dropMissing) {

    public static final double DEFAULT_TEST_RATIO = 0.2;

    public DataOptions {
        ignore = ignore == null ? List.of() : List.copyOf(ignore);
        if (samples != null && samples < 2) {
            throw new DatasetException("--samples must be at least 2, got " + samples);
        }
        if (noise != null && (noise < 0 || !Double.isFinite(noise))) {
            throw new DatasetException("--noise must be a finite number ≥ 0, got " + noise);
        }
        if (!(testRatio >= 0 && testRatio < 1)) {
            throw new DatasetException("--test-ratio must be in [0, 1), got " + testRatio);
        }
    }

    public static DataOptions defaults() {
        return new DataOptions(null, null, 0L, DEFAULT_TEST_RATIO, null, null, List.of(), false);
    }

    public DataOptions withSamples(Integer samples) {
        return new DataOptions(samples, noise, seed, testRatio, target, task, ignore, dropMissing);
    }

    public DataOptions withNoise(Double noise) {
        return new DataOptions(samples, noise, seed, testRatio, target, task, ignore, dropMissing);
    }

    public DataOptions withSeed(long seed) {
        return new DataOptions(samples, noise, seed, testRatio, target, task, ignore, dropMissing);
    }

    public DataOptions withTestRatio(double testRatio) {
        return new DataOptions(samples, noise, seed, testRatio, target, task, ignore, dropMissing);
    }

    public DataOptions withTarget(String target) {
        return new DataOptions(samples, noise, seed, testRatio, target, task, ignore, dropMissing);
    }

    public DataOptions withTask(Task task) {
        return new DataOptions(samples, noise, seed, testRatio, target, task, ignore, dropMissing);
    }

    public DataOptions withIgnore(List<String> ignore) {
        return new DataOptions(samples, noise, seed, testRatio, target, task, ignore, dropMissing);
    }

    public DataOptions withDropMissing(boolean dropMissing) {
        return new DataOptions(samples, noise, seed, testRatio, target, task, ignore, dropMissing);
    }
}
