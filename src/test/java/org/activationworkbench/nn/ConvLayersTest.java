package org.activationworkbench.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Conv 3×3 (im2col + gemm) against a direct loop, max pooling by hand, and the image-shape helper. */
class ConvLayersTest {

    @Test
    void convMatchesADirectConvolutionWithZeroPadding() {
        ImageShape in = new ImageShape(5, 4, 3);
        int cout = 2;
        Conv2DLayer conv = new Conv2DLayer(0, in, cout, 0.5, new SplittableRandom(1));
        float[] w = conv.weightParameter().value();
        float[] b = conv.biasParameter().value();
        b[0] = 0.25f;
        b[1] = -0.5f;
        SplittableRandom rnd = new SplittableRandom(2);
        int images = 2;
        float[] x = new float[images * in.size()];
        for (int i = 0; i < x.length; i++) x[i] = (float) rnd.nextDouble() - 0.5f;
        float[] y = new float[images * in.pixels() * cout];
        conv.forward(x, images, y);
        for (int n = 0; n < images; n++) {
            for (int r = 0; r < in.height(); r++) {
                for (int c = 0; c < in.width(); c++) {
                    for (int o = 0; o < cout; o++) {
                        double s = b[o];
                        for (int ky = 0; ky < 3; ky++) {
                            for (int kx = 0; kx < 3; kx++) {
                                int iy = r + ky - 1;
                                int ix = c + kx - 1;
                                if (iy < 0 || iy >= in.height() || ix < 0 || ix >= in.width()) continue;
                                for (int ch = 0; ch < in.channels(); ch++) {
                                    double xv = x[((n * in.height() + iy) * in.width() + ix) * in.channels() + ch];
                                    s += xv * w[((ky * 3 + kx) * in.channels() + ch) * cout + o];
                                }
                            }
                        }
                        float got = y[((n * in.height() + r) * in.width() + c) * cout + o];
                        assertEquals(s, got, 1e-5, "image " + n + " pixel " + r + "," + c + " channel " + o);
                    }
                }
            }
        }
    }

    @Test
    void maxPoolTakesEachWindowsMaximumAndRoutesTheGradientToIt() {
        // one 2×3 single-channel image: the last column is dropped (floor)
        MaxPool2DLayer pool = new MaxPool2DLayer(new ImageShape(2, 3, 1));
        float[] x = {1, 5, 9, 3, 2, 9};
        float[] y = new float[1];
        pool.forward(x, 1, y);
        assertArrayEquals(new float[] {5}, y);
        float[] dx = new float[6];
        pool.backward(new float[] {2}, 1, dx);
        assertArrayEquals(new float[] {0, 2, 0, 0, 0, 0}, dx);
    }

    @Test
    void squareShapeIsInferredOrClearlyRefused() {
        assertEquals(new ImageShape(8, 8, 1), ImageShape.square(64));
        assertEquals(new ImageShape(28, 28, 1), ImageShape.square(784));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ImageShape.square(13));
        assertTrue(e.getMessage().contains("13 inputs"), e.getMessage());
    }

    @Test
    void cnnSummaryNamesTheBlocks() {
        Network net = new Network(ImageShape.square(64), new int[] {4, 8}, new int[] {16}, 10,
                org.activationworkbench.activation.ActivationRegistry.create(
                        org.activationworkbench.activation.ActivationSpec.of("relu")),
                org.activationworkbench.activation.Sharing.LAYER, 0);
        assertTrue(net.summary().startsWith("8×8×1 conv4 pool conv8 pool-16-10 CNN"), net.summary());
        // 8×8 → 4×4 → 2×2 with 8 channels = 32 inputs to the dense layer
        assertEquals(32, net.denseLayers().get(0).inputs());
    }
}
