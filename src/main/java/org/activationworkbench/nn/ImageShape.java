package org.activationworkbench.nn;

/**
 * The shape of one image sample, stored channel-last (NHWC): pixel (y, x) channel c of a sample sits at
 * (y·width + x)·channels + c. With that layout a conv layer's output is a (batch·pixels) × channels matrix,
 * so an activation kernel sees units = channels and neuron sharing means one activation per channel.
 */
public record ImageShape(int height, int width, int channels) {

    public ImageShape {
        if (height < 1 || width < 1 || channels < 1) {
            throw new IllegalArgumentException("image shape must be positive, got " + height + "×" + width + "×" + channels);
        }
    }

    /** A square single-channel image with this many pixels (digits: 64 = 8×8, Fashion-MNIST: 784 = 28×28). */
    public static ImageShape square(int inputs) {
        int side = (int) Math.round(Math.sqrt(inputs));
        if (side * side != inputs || inputs < 4) {
            throw new IllegalArgumentException("--conv needs square single-channel images, but the dataset has "
                    + inputs + " inputs, which is not a square of side ≥ 2 (e.g. 64 = 8×8, 784 = 28×28)");
        }
        return new ImageShape(side, side, 1);
    }

    public int pixels() {
        return height * width;
    }

    /** Floats per sample. */
    public int size() {
        return height * width * channels;
    }

    public ImageShape withChannels(int c) {
        return new ImageShape(height, width, c);
    }

    @Override
    public String toString() {
        return height + "×" + width + "×" + channels;
    }
}
