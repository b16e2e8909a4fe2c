package org.activationworkbench.activation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Kernels that split large batches across two threads still match the reference math. */
class RowSplitTest {

    @ParameterizedTest
    @EnumSource(Sharing.class)
    void fourierOnABatchLargeEnoughToSplit(Sharing sharing) {
        // 40 × 256 = 10,240 elements: above RowSplit.MIN_ELEMENTS, so both halves run
        ActivationChecks.checkKernels(new FourierActivation(5), sharing, 40, 256);
    }
}
