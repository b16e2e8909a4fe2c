package org.activationworkbench.nn;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs a conv block's per-image work over two halves of a batch at once: the second half on a helper thread, the
 * first on the caller. The blocks' products are many small ones (one image at a time, so the data stays in cache),
 * which BLAS runs on the calling thread alone; this is where the second core comes in.
 *
 * <p>The split point depends only on the image count, and each part writes its own partial gradients, which the
 * caller sums in part order: results are the same from run to run.
 */
final class BatchSplit {

    /** A task over images [from, to) as part 0 (the caller) or part 1 (the helper). */
    @FunctionalInterface
    interface Part {
        void run(int part, int from, int to);
    }

    static final int PARTS = 2;
    /** -Dworkbench.threads=1 keeps everything on the caller (bench --threads 1); default: every core. */
    private static final boolean PARALLEL =
            Integer.getInteger("workbench.threads", Runtime.getRuntime().availableProcessors()) > 1;
    // its own thread, not the activation kernels' helper: a kernel run from here may hand work to that one
    private static final ExecutorService HELPER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "conv-batch-half");
        t.setDaemon(true);
        return t;
    });

    private BatchSplit() {
    }

    /**
     * Runs the task over [0, images): in two parts when there are two cores and at least two images. Returns how
     * many parts ran (1 or 2): the parts whose partial gradients count.
     */
    static int run(int images, Part task) {
        if (!PARALLEL || images < 2) {
            task.run(0, 0, images);
            return 1;
        }
        int mid = images / 2;
        Future<?> other = HELPER.submit(() -> task.run(1, mid, images));
        Throwable failure = null;
        try {
            task.run(0, 0, mid);
        } catch (RuntimeException | Error e) {
            failure = e;
        }
        boolean interrupted = false;
        while (true) {
            try {
                other.get();   // waited for even when interrupted: the helper must be done with the shared buffers
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            } catch (ExecutionException e) {
                if (failure == null) failure = e.getCause();
                break;
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
        if (failure instanceof RuntimeException re) throw re;
        if (failure instanceof Error err) throw err;
        if (failure != null) throw new IllegalStateException(failure);
        return PARTS;
    }
}
