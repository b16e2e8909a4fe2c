package org.activationworkbench.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.activationworkbench.activation.Activation;
import org.activationworkbench.activation.ActivationRegistry;
import org.activationworkbench.activation.ActivationSpec;
import org.activationworkbench.activation.Sharing;
import org.activationworkbench.data.DataOptions;
import org.activationworkbench.data.Dataset;
import org.activationworkbench.data.DatasetRegistry;
import org.activationworkbench.nn.Architecture;
import org.activationworkbench.nn.ImageShape;
import org.activationworkbench.nn.Network;
import org.junit.jupiter.api.Test;

class ParameterMatchTest {

    @Test
    void theCountIsTheNetworksOwn() {
        for (String family : List.of("relu", "bspline", "hermite", "dyn", "fourier")) {
            Activation a = ActivationRegistry.create(ActivationSpec.of(family));
            for (Sharing s : Sharing.values()) {
                for (int[] hidden : new int[][] {{16, 16}, {7}, {5, 9, 3}}) {
                    Network n = new Network(2, hidden, 3, a, s, 0);
                    long expected = n.weightParameterCount() + n.activationParameterCount();
                    assertEquals(expected, ParameterMatch.Shape.of(2, 3, new int[0], a, s).count(hidden),
                            family + " " + s + " " + java.util.Arrays.toString(hidden));
                }
                Network cnn = new Network(ImageShape.square(64), new int[] {4, 6}, new int[] {10}, 10, a, s, 0);
                assertEquals(cnn.weightParameterCount() + cnn.activationParameterCount(),
                        ParameterMatch.Shape.of(64, 10, new int[] {4, 6}, a, s).count(new int[] {10}), family + " cnn");
            }
        }
    }

    @Test
    void theCountIsTheNetworksOwnWithResidualBlocksAndNorms() {
        for (String family : List.of("relu", "bspline", "hermite")) {
            Activation a = ActivationRegistry.create(ActivationSpec.of(family));
            for (Sharing s : Sharing.values()) {
                for (Architecture arch : List.of(new Architecture(Architecture.Block.RESIDUAL, Architecture.Norm.LAYER),
                        new Architecture(Architecture.Block.RESIDUAL, Architecture.Norm.NONE),
                        new Architecture(Architecture.Block.RESIDUAL, Architecture.Norm.BATCH, 5),
                        new Architecture(Architecture.Block.PLAIN, Architecture.Norm.BATCH))) {
                    int[] hidden = {8, 8, 8};
                    Network n = Network.of(arch, null, new int[0], 2, hidden, 3, a, s, 0);
                    assertEquals(n.weightParameterCount() + n.activationParameterCount(),
                            ParameterMatch.Shape.of(2, 3, new int[0], a, s, arch).count(hidden),
                            family + " " + s + " " + arch.description());
                }
            }
        }
    }

    @Test
    void widthsReachTheTargetKeepingTheShape() {
        Activation relu = ActivationRegistry.create(ActivationSpec.of("relu"));
        ParameterMatch.Shape shape = ParameterMatch.Shape.of(2, 3, new int[0], relu, Sharing.LAYER);
        int[] w = ParameterMatch.widths(shape, new int[] {16, 16}, 1026);
        assertEquals(w[0], w[1], 1, "both layers scaled alike: " + java.util.Arrays.toString(w));
        assertTrue(Math.abs(shape.count(w) - 1026) <= 0.05 * 1026);
        // narrowing works too, and a target the shape already has keeps it
        int[] narrow = ParameterMatch.widths(shape, new int[] {64, 32}, 300);
        assertTrue(narrow[0] > narrow[1], "the wider layer stays wider");
        assertTrue(Math.abs(shape.count(narrow) - 300) <= 15);
        assertArrayEquals(new int[] {16, 16}, ParameterMatch.widths(shape, new int[] {16, 16}, shape.count(new int[] {16, 16})));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ParameterMatch.widths(shape, new int[] {16}, 5));
        assertTrue(e.getMessage().contains("relu") && e.getMessage().contains("±5 %"), e.getMessage());
    }

    @Test
    void compareEntriesOnTheSpiralMatchTheLargest() {
        Dataset data = new DatasetRegistry().load("spiral", DataOptions.defaults());
        List<CompareRunner.Entry> entries = new ArrayList<>();
        for (String f : List.of("relu", "bspline", "hermite")) {
            entries.add(new CompareRunner.Entry(f, TestRuns.config("spiral", f, null, 1, "adam", 0)));
        }
        List<CompareRunner.Entry> matched = ParameterMatch.match(entries, data, null);
        long reference = 0;
        for (CompareRunner.Entry e : entries) reference = Math.max(reference, ParameterMatch.count(e.config(), data));
        for (int i = 0; i < 3; i++) {
            long n = ParameterMatch.count(matched.get(i).config(), data);
            assertTrue(Math.abs(n - reference) <= 0.05 * reference, matched.get(i).group() + ": " + n + " vs " + reference);
            assertEquals(ParameterMatch.count(entries.get(i).config(), data), matched.get(i).unmatchedParameters());
        }
        List<CompareRunner.Entry> given = ParameterMatch.match(entries, data, 5000L);
        for (CompareRunner.Entry e : given) assertTrue(Math.abs(ParameterMatch.count(e.config(), data) - 5000) <= 250);
    }
}
