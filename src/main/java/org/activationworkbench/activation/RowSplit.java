package org.activationworkbench.activation;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs an expensive kernel over two halves of a batch at once: the second half on a helper thread, the first
 * on the caller. BLAS already uses both cores for the matrix products, but the activation kernels would
 * otherwise run on one; the trig-heavy families spend most of a step there.
 *
 * <p>The split point depends only on the row count, and the halves' parameter gradients are summed in a fixed
 * order, so results are the same from run to run.
 */
final class RowSplit {

    /** A kernel over rows [from, to); part 0 accumulates into the caller's dp, part 1 into scratch. */
    @FunctionalInterface
    interface RowKernel {
        void run(int from, int to, double[] dp);
    }

    /** Below this many elements the hand-off costs more than it saves. */
    static final int MIN_ELEMENTS = 8192;
    /** -Dworkbench.threads=N caps the compute threads (bench --threads sets it); default: every core. */
    private static final boolean PARALLEL =
            Integer.getInteger("workbench.threads", Runtime.getRuntime().availableProcessors()) > 1;
    private static final ExecutorService HELPER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "activation-kernel");
        t.setDaemon(true);
        return t;
    });
    private static final ThreadLocal<double[]> SCRATCH = ThreadLocal.withInitial(() -> new double[0]);

    private RowSplit() {
    }

    /**
     * Runs the kernel over [0, rows). dp may be null (forward passes); otherwise the second half's gradient
     * goes to a per-caller scratch array and is added to dp once both halves are done.
     */
    static void run(int rows, int units, double[] dp, RowKernel kernel) {
        if (!PARALLEL || (long) rows * units < MIN_ELEMENTS || rows < 2) {
            kernel.run(0, rows, dp);
            return;
        }
        int mid = rows / 2;
        double[] scratch = null;
        if (dp != null) {
            scratch = SCRATCH.get();
            if (scratch.length < dp.length) {
                scratch = new double[dp.length];
                SCRATCH.set(scratch);
            } else {
                java.util.Arrays.fill(scratch, 0, dp.length, 0);
            }
        }
        double[] second = scratch;
        Future<?> other = HELPER.submit(() -> kernel.run(mid, rows, second));
        kernel.run(0, mid, dp);
        try {
            other.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while computing activations", e);
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) throw re;
            throw new IllegalStateException(cause);
        }
        if (dp != null) {
            for (int i = 0; i < dp.length; i++) dp[i] += second[i];
        }
    }
}
