package org.activationworkbench.nn;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.activationworkbench.activation.Activation;
import org.activationworkbench.activation.ActivationRegistry;
import org.activationworkbench.activation.ActivationSpec;
import org.activationworkbench.activation.Sharing;
import org.junit.jupiter.api.Test;

/** A network too large to exist is refused when it is built, naming its sizes, before any weight is allocated. */
class NetworkSizeTest {

    private static final Activation RELU = ActivationRegistry.create(ActivationSpec.of("relu"));

    @Test
    void layersWhoseWeightsPassTheLargestArrayAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Network(784, new int[] {100_000, 100_000}, 10, RELU, Sharing.LAYER, 0));
        assertTrue(e.getMessage().startsWith("the network 784-100000-100000-10 cannot be built: a hidden layer of "
                + "100,000 × 100,000 = 10,000,000,000 weights is more than one array can hold"), e.getMessage());
    }

    @Test
    void aNetworkThatDoesNotFitTheMemoryIsRefusedWithItsSizes() {
        // 40,000 × 40,000 weights fit an array, but with gradients and optimizer state they need 25 GB
        long maxHeap = Runtime.getRuntime().maxMemory();
        org.junit.jupiter.api.Assumptions.assumeTrue(maxHeap < 25L << 30, "the heap would hold 25 GB");
        long before = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Network(784, new int[] {40_000, 40_000}, 10, RELU, Sharing.LAYER, 0));
        assertTrue(e.getMessage().startsWith("the network 784-40000-40000-10: its 1,631,840,010 parameters (with "
                + "gradients and optimizer state) need 24.3 GB but Java has"), e.getMessage());
        assertTrue(e.getMessage().contains("use smaller --hidden or --conv sizes"), e.getMessage());
        long after = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        assertTrue(after - before < 1L << 30, "nothing large was allocated");
    }

    @Test
    void aConvNetworkCountsItsConvLayers() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Network(
                new ImageShape(28, 28, 1), new int[] {200_000, 20_000}, new int[] {10}, 10, RELU, Sharing.LAYER, 0));
        assertTrue(e.getMessage().contains("a conv layer of 1,800,000 × 20,000"), e.getMessage());
    }
}
