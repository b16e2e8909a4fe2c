package org.activationworkbench.activation;

/**
 * Scratch memory one activation layer lends its kernels, so a forward pass can leave values its backward pass
 * reuses (fourier keeps every term's sine and cosine: the backward pass then needs no trigonometry).
 * One per layer: a forward pass and the backward pass after it see the same workspace, nothing else does.
 */
public final class KernelWorkspace {

    private float[] floats = new float[0];
    private boolean filled;

    /** At least n floats; the content is kept only while the size stays the same or shrinks. */
    public float[] floats(int n) {
        if (floats.length < n) {
            floats = new float[n];
            filled = false;
        }
        return floats;
    }

    /** Marks the workspace as holding what the last forward pass computed (for the backward pass after it). */
    public void markFilled(boolean f) {
        filled = f;
    }

    public boolean filled() {
        return filled;
    }

    /** Gives the memory back (a kept network's layers need none until its next pass). */
    public void release() {
        floats = new float[0];
        filled = false;
    }
}
