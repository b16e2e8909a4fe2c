package org.activationworkbench.data;

import java.util.List;
import org.activationworkbench.core.Option;
import org.activationworkbench.core.OptionException;

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

    public static final Option SAMPLES = Option.integer("samples", null, 2, 1_000_000, "Samples",
            "Size of a generated dataset").defaultDescribedAs("the generator's");
    public static final Option NOISE = Option.real("noise", null, 0, 10, "Noise", "Noise of a generated dataset")
            .defaultDescribedAs("the generator's");
    public static final Option TEST_RATIO = Option.real("test-ratio", DEFAULT_TEST_RATIO, 0, 0.95, "Test ratio",
            "Share of rows held out for testing");
    public static final Option TARGET = Option.text("target", "Target", "CSV target column")
            .defaultDescribedAs("the last");
    public static final Option TASK = Option.choice("task", null, List.of("classification", "regression"), "Task",
            "CSV task").defaultDescribedAs("guessed from the target");
    public static final Option IGNORE = Option.texts("ignore", "Ignore", "CSV columns to leave out");
    public static final Option DROP_MISSING = Option.flag("drop-missing", "Drop missing",
            "Drop CSV rows with missing values instead of failing");

    public DataOptions {
        ignore = ignore == null ? List.of() : List.copyOf(ignore);
        try {
            if (samples != null) SAMPLES.check(samples);
            if (noise != null) NOISE.check(noise);
            TEST_RATIO.check(testRatio);
        } catch (OptionException e) {
            throw new DatasetException(e.getMessage());
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
