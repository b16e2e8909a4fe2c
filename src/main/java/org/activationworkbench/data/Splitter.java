package org.activationworkbench.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/** Seeded train/test split; stratified by class so small classes appear in both splits. */
public final class Splitter {

    /** Row indices of the two splits. */
    public record Indices(int[] train, int[] test) {
    }

    private static final long SALT = 0x5DEECE66DL;

    private Splitter() {
    }

    /**
     * Splits rows so that each class (or, without labels, the whole set) gives round(count × testRatio)
     * rows to the test split. Both index lists come back shuffled.
     */
    public static Indices split(int[] labels, int rows, double testRatio, long seed) {
        // Salted so the split does not replay the draws a generator made from the same seed.
        SplittableRandom rng = new SplittableRandom(seed ^ SALT);
        List<int[]> strata = strata(labels, rows);
        int[] train = new int[rows];
        int[] test = new int[rows];
        int nTrain = 0;
        int nTest = 0;
        for (int[] stratum : strata) {
            shuffle(stratum, rng);
            int k = (int) Math.round(stratum.length * testRatio);
            for (int i = 0; i < stratum.length; i++) {
                if (i < k) test[nTest++] = stratum[i];
                else train[nTrain++] = stratum[i];
            }
        }
        train = Arrays.copyOf(train, nTrain);
        test = Arrays.copyOf(test, nTest);
        shuffle(train, rng);
        shuffle(test, rng);
        return new Indices(train, test);
    }

    private static List<int[]> strata(int[] labels, int rows) {
        if (labels == null) {
            int[] all = new int[rows];
            for (int i = 0; i < rows; i++) all[i] = i;
            return List.of(all);
        }
        int classes = Arrays.stream(labels).max().orElse(-1) + 1;
        int[] counts = new int[classes];
        for (int l : labels) counts[l]++;
        List<int[]> strata = new ArrayList<>();
        int[][] byClass = new int[classes][];
        for (int c = 0; c < classes; c++) byClass[c] = new int[counts[c]];
        int[] fill = new int[classes];
        for (int r = 0; r < rows; r++) byClass[labels[r]][fill[labels[r]]++] = r;
        for (int[] s : byClass) if (s.length > 0) strata.add(s);
        return strata;
    }

    /** Fisher–Yates. */
    static void shuffle(int[] a, SplittableRandom rng) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
