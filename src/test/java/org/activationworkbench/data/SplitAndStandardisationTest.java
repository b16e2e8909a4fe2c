package org.activationworkbench.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SplitAndStandardisationTest {

    @Test
    void stratifiedSplitKeepsClassProportions() {
        // 900 of class 0, 90 of class 1, 10 of class 2
        int[] labels = new int[1000];
        for (int i = 900; i < 990; i++) labels[i] = 1;
        for (int i = 990; i < 1000; i++) labels[i] = 2;
        Splitter.Indices idx = Splitter.split(labels, 1000, 0.2, 3);
        int[] testCounts = new int[3];
        for (int r : idx.test()) testCounts[labels[r]]++;
        assertArrayEqualsInt(new int[] {180, 18, 2}, testCounts);
        assertEquals(800, idx.train().length);
        Set<Integer> seen = new HashSet<>();
        for (int r : idx.train()) assertTrue(seen.add(r));
        for (int r : idx.test()) assertTrue(seen.add(r));
        assertEquals(1000, seen.size());
    }

    @Test
    void splitIsSeeded() {
        Splitter.Indices a = Splitter.split(null, 100, 0.3, 5);
        Splitter.Indices b = Splitter.split(null, 100, 0.3, 5);
        Splitter.Indices c = Splitter.split(null, 100, 0.3, 6);
        assertTrue(Arrays.equals(a.test(), b.test()));
        assertTrue(!Arrays.equals(a.test(), c.test()));
        assertEquals(30, a.test().length);
    }

    @Test
    void standardisationUsesTrainingStatisticsOnly() {
        // The test rows lie far from the training rows, so a fit that saw them would give a mean near 250.
        int n = 100;
        float[] x = new float[n];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i < 80 ? 0 : 1;
            x[i] = i < 80 ? i : 1000 + i;
        }
        RawData all = new RawData(x, labels, null, n, 1);
        int[] trainIdx = java.util.stream.IntStream.range(0, 80).toArray();
        int[] testIdx = java.util.stream.IntStream.range(80, 100).toArray();
        DatasetMeta meta = new DatasetMeta("t", "t", List.of("a", "b"), List.of("x"), "s", "l", "c");
        Dataset d = DatasetAssembler.assemble(meta, all.select(trainIdx), all.select(testIdx));
        assertEquals(39.5, d.standardisation().mean()[0], 1e-9);
        assertEquals(0.0, mean(d.train().x()), 1e-5);
        assertEquals(1.0, std(d.train().x()), 1e-5);
        // test rows are around 1089.5, i.e. (1089.5 − 39.5) / 23.09 ≈ 45 training standard deviations away
        assertTrue(mean(d.test().x()) > 40, "test mean " + mean(d.test().x()));
    }

    @Test
    void generatedSetsAreStandardisedOnTrain() {
        Dataset d = new DatasetRegistry().load("moons", DataOptions.defaults());
        for (int j = 0; j < 2; j++) {
            assertEquals(0.0, columnMean(d.train().x(), 2, j), 1e-4);
        }
        // the test mean is close to zero but not forced to it
        assertTrue(columnMean(d.test().x(), 2, 0) != 0.0);
    }

    @Test
    void badOptionsAreRejected() {
        assertThrows(DatasetException.class, () -> DataOptions.defaults().withTestRatio(1.0));
        assertThrows(DatasetException.class, () -> DataOptions.defaults().withTestRatio(-0.1));
        assertThrows(DatasetException.class, () -> DataOptions.defaults().withSamples(0));
        assertThrows(DatasetException.class, () -> DataOptions.defaults().withNoise(-1.0));
    }

    @Test
    void unknownNameListsKnownNames() {
        DatasetException e = assertThrows(DatasetException.class,
                () -> new DatasetRegistry().load("spirall", DataOptions.defaults()));
        assertTrue(e.getMessage().startsWith("unknown dataset 'spirall'"), e.getMessage());
        assertTrue(e.getMessage().contains("spiral, xor"), e.getMessage());
    }

    static double mean(float[] a) {
        double s = 0;
        for (float v : a) s += v;
        return s / a.length;
    }

    static double std(float[] a) {
        double m = mean(a);
        double s = 0;
        for (float v : a) s += (v - m) * (v - m);
        return Math.sqrt(s / a.length);
    }

    static double columnMean(float[] x, int cols, int j) {
        double s = 0;
        int rows = x.length / cols;
        for (int r = 0; r < rows; r++) s += x[r * cols + j];
        return s / rows;
    }

    private static void assertArrayEqualsInt(int[] expected, int[] actual) {
        assertEquals(Arrays.toString(expected), Arrays.toString(actual));
    }
}
