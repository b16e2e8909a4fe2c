package org.activationworkbench.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;

class FashionMnistTest {

    private final DatasetRegistry registry = new DatasetRegistry();

    @Test
    void bundledSubsetIsStratified() {
        Dataset d = registry.load("fashion-mnist-small", DataOptions.defaults());
        assertEquals(10_000, d.train().rows());
        assertEquals(2_000, d.test().rows());
        assertEquals(784, d.inputs());
        assertEquals(10, d.outputs());
        assertEquals("Ankle boot", d.classNames().get(9));
        int[] train = new int[10];
        int[] test = new int[10];
        for (int l : d.train().labels()) train[l]++;
        for (int l : d.test().labels()) test[l]++;
        for (int c = 0; c < 10; c++) {
            assertEquals(1000, train[c]);
            assertEquals(200, test[c]);
        }
        assertTrue(d.description().contains("subset"));
    }

    @Test
    void fullSetLoadsQuicklyWhenInstalled() {
        assumeTrue(Files.isDirectory(FashionMnistSource.SYSTEM_DIR), "dataset-fashion-mnist not installed");
        long t0 = System.nanoTime();
        Dataset d = registry.load("fashion-mnist", DataOptions.defaults());
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertEquals(60_000, d.train().rows());
        assertEquals(10_000, d.test().rows());
        assertTrue(d.description().contains("full set"), d.description());
        assertTrue(seconds < 5, "took " + seconds + " s");
        System.out.printf("fashion-mnist full load: %.2f s%n", seconds);
    }

    @Test
    void listingReadsOnlyHeaders() {
        DatasetInfo info = registry.list().stream().filter(i -> i.name().equals("fashion-mnist-small"))
                .findFirst().orElseThrow();
        assertEquals(10_000, info.trainSize());
        assertEquals(2_000, info.testSize());
        assertEquals(784, info.inputs());
        assertEquals("MIT", info.license());
    }
}
