package org.activationworkbench.data;

import java.util.SplittableRandom;

/**
 * The 2-D classification samplers. Spiral, circles and xor follow TensorFlow Playground's dataset.ts
 * (radius 5); noise is a fraction of that radius so one noise value means the same on every set.
 */
final class PointSamplers {

    static final double RADIUS = 5;

    private PointSamplers() {
    }

    /** Two interleaved arms, 1.75 turns each; noise jitters each point by uniform(−1, 1) × noise × radius. */
    static void spiral(int n, double noise, SplittableRandom rng, float[] xy, int[] labels) {
        int first = n - n / 2;
        spiralArm(0, first, 0, 0, noise, rng, xy, labels);
        spiralArm(first, n - first, Math.PI, 1, noise, rng, xy, labels);
    }

    private static void spiralArm(int start, int count, double deltaT, int label, double noise,
                                  SplittableRandom rng, float[] xy, int[] labels) {
        for (int i = 0; i < count; i++) {
            double r = (double) i / count * RADIUS;
            double t = 1.75 * i / count * 2 * Math.PI + deltaT;
            double jx = rng.nextDouble(-1, 1) * noise * RADIUS;
            double jy = rng.nextDouble(-1, 1) * noise * RADIUS;
            put(start + i, r * Math.sin(t) + jx, r * Math.cos(t) + jy, label, xy, labels);
        }
    }

    /** Quadrants: class 1 where x·y ≥ 0 at a jittered point, with a 0.3 gap along the axes. */
    static void xor(int n, double noise, SplittableRandom rng, float[] xy, int[] labels) {
        double padding = 0.3;
        for (int i = 0; i < n; i++) {
            double x = rng.nextDouble(-RADIUS, RADIUS);
            x += x > 0 ? padding : -padding;
            double y = rng.nextDouble(-RADIUS, RADIUS);
            y += y > 0 ? padding : -padding;
            double jx = rng.nextDouble(-RADIUS, RADIUS) * noise;
            double jy = rng.nextDouble(-RADIUS, RADIUS) * noise;
            put(i, x, y, (x + jx) * (y + jy) >= 0 ? 1 : 0, xy, labels);
        }
    }

    /** A disc (r < 2.5) inside a ring (3.5 < r < 5); the label is decided at a jittered point. */
    static void circles(int n, double noise, SplittableRandom rng, float[] xy, int[] labels) {
        int inner = n - n / 2;
        for (int i = 0; i < n; i++) {
            double r = i < inner ? rng.nextDouble(0, RADIUS * 0.5) : rng.nextDouble(RADIUS * 0.7, RADIUS);
            double angle = rng.nextDouble(0, 2 * Math.PI);
            double x = r * Math.sin(angle);
            double y = r * Math.cos(angle);
            double jx = rng.nextDouble(-RADIUS, RADIUS) * noise;
            double jy = rng.nextDouble(-RADIUS, RADIUS) * noise;
            put(i, x, y, Math.hypot(x + jx, y + jy) < RADIUS * 0.5 ? 0 : 1, xy, labels);
        }
    }

    /**
     * Two Gaussian clusters centred at (2, 2) and (−2, −2), as TensorFlow Playground's "two Gaussians": the variance
     * grows from 0.5 at noise 0 to 4 at noise 0.5, so the clusters overlap more with more noise.
     */
    static void gaussian(int n, double noise, SplittableRandom rng, float[] xy, int[] labels) {
        double sd = Math.sqrt(0.5 + 7 * noise);
        int first = n - n / 2;
        for (int i = 0; i < n; i++) {
            boolean positive = i < first;
            double c = positive ? 2 : -2;
            put(i, c + rng.nextGaussian() * sd, c + rng.nextGaussian() * sd, positive ? 1 : 0, xy, labels);
        }
    }

    /** Two interleaving half circles (as scikit-learn's make_moons), scaled to radius 5, Gaussian noise. */
    static void moons(int n, double noise, SplittableRandom rng, float[] xy, int[] labels) {
        int outer = n - n / 2;
        double s = RADIUS / 2;
        for (int i = 0; i < n; i++) {
            double t = rng.nextDouble(0, Math.PI);
            boolean top = i < outer;
            double x = top ? Math.cos(t) : 1 - Math.cos(t);
            double y = top ? Math.sin(t) : 0.5 - Math.sin(t);
            x = (x - 0.5) * s + rng.nextGaussian() * noise * RADIUS;
            y = (y - 0.25) * s + rng.nextGaussian() * noise * RADIUS;
            put(i, x, y, top ? 0 : 1, xy, labels);
        }
    }

    /** Three Gaussian blobs with centres on a circle of radius 3; standard deviation noise × radius. */
    static void blobs(int n, double noise, SplittableRandom rng, float[] xy, int[] labels) {
        for (int i = 0; i < n; i++) {
            int c = i % 3;
            double angle = Math.PI / 2 + c * 2 * Math.PI / 3;
            double x = 3 * Math.cos(angle) + rng.nextGaussian() * noise * RADIUS;
            double y = 3 * Math.sin(angle) + rng.nextGaussian() * noise * RADIUS;
            put(i, x, y, c, xy, labels);
        }
    }

    /** A 4 × 4 board of squares of side 2 on [−4, 4]²; the colour is read at a jittered point. */
    static void checkerboard(int n, double noise, SplittableRandom rng, float[] xy, int[] labels) {
        for (int i = 0; i < n; i++) {
            double x = rng.nextDouble(-4, 4);
            double y = rng.nextDouble(-4, 4);
            double jx = rng.nextDouble(-RADIUS, RADIUS) * noise;
            double jy = rng.nextDouble(-RADIUS, RADIUS) * noise;
            int cell = (int) (Math.floor((x + jx) / 2) + Math.floor((y + jy) / 2));
            put(i, x, y, Math.floorMod(cell, 2), xy, labels);
        }
    }

    private static void put(int i, double x, double y, int label, float[] xy, int[] labels) {
        xy[2 * i] = (float) x;
        xy[2 * i + 1] = (float) y;
        labels[i] = label;
    }
}
