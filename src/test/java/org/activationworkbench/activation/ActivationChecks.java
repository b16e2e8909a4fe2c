package org.activationworkbench.activation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

/**
 * Shared numerical checks every family must pass: reference gradients against central finite
 * differences (double precision), and the float32 batch kernels against the reference in both sharing modes.
 */
public final class ActivationChecks {

    private ActivationChecks() {
    }

    /** Sample points that avoid exact kinks (knots, 0) where one-sided derivatives differ. */
    public static double[] probePoints(Activation a) {
        double[] r = a.workingRange();
        double span = r[1] - r[0];
        SplittableRandom rnd = new SplittableRandom(7);
        double[] xs = new double[40];
        for (int i = 0; i < xs.length; i++) {
            // cover the working range and a margin outside it (extrapolation branches)
            xs[i] = r[0] - 0.3 * span + 1.6 * span * rnd.nextDouble();
        }
        return xs;
    }

    /** Parameters near init, perturbed so symmetric inits cannot hide a wrong index. */
    public static double[] perturbedParameters(Activation a, long seed) {
        double[] p = a.initialParameters();
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int i = 0; i < p.length; i++) p[i] += 0.1 * (rnd.nextDouble() - 0.5);
        return p;
    }

    /** f'(x) and ∂f/∂p against central differences, at doubles. */
    public static void checkReferenceGradients(Activation a, double[] p) {
        int n = a.parameterCount();
        double h = 1e-6;
        double[] g = new double[n];
        for (double x : probePoints(a)) {
            double fd = (a.value(x + h, p, 0) - a.value(x - h, p, 0)) / (2 * h);
            double an = a.derivative(x, p, 0);
            if (nearKink(a, x, p, h)) continue;
            assertEquals(fd, an, 1e-5 * Math.max(1, Math.abs(fd)),
                    a.displayName() + ": f'(" + x + ") analytic " + an + " vs finite difference " + fd);
            a.parameterGradient(x, p, 0, g, 0);
            for (int i = 0; i < n; i++) {
                double[] q = p.clone();
                q[i] = p[i] + h;
                double up = a.value(x, q, 0);
                q[i] = p[i] - h;
                double down = a.value(x, q, 0);
                double fdp = (up - down) / (2 * h);
                double tol = 1e-5 * Math.max(1, Math.abs(fdp));
                if (Math.abs(fdp - g[i]) > tol) {
                    // a parameter kink within h (|b_k| of rational near 0, a tropical tie): the one-sided
                    // difference on the side the analytic gradient describes must then match
                    double mid = a.value(x, p, 0);
                    double right = (up - mid) / h;
                    double left = (mid - down) / h;
                    boolean oneSided = Math.abs(right - g[i]) <= tol * 10 || Math.abs(left - g[i]) <= tol * 10;
                    assertTrue(oneSided, a.displayName() + ": df/d" + a.parameterNames().get(i) + " at x=" + x
                            + " analytic " + g[i] + " vs finite difference " + fdp + " (one-sided " + left + ", "
                            + right + ")");
                }
            }
        }
    }

    /** A point is near a kink when f' differs between x−h and x+h by much more than smoothness allows. */
    private static boolean nearKink(Activation a, double x, double[] p, double h) {
        double l = a.derivative(x - 4 * h, p, 0);
        double r = a.derivative(x + 4 * h, p, 0);
        return Math.abs(l - r) > 1e-3 * Math.max(1, Math.abs(l));
    }

    /**
     * The float kernels agree with the reference math, for a rows × units batch, in the given sharing mode:
     * y, dz and the accumulated parameter gradient.
     */
    public static void checkKernels(Activation a, Sharing sharing) {
        checkKernels(a, sharing, 7, 5);
    }

    /** As {@link #checkKernels(Activation, Sharing)} for a batch of the given shape (large ones split rows). */
    public static void checkKernels(Activation a, Sharing sharing, int rows, int units) {
        int n = a.parameterCount();
        int vectors = sharing == Sharing.NEURON ? units : 1;
        double[] p = new double[vectors * n];
        for (int v = 0; v < vectors; v++) {
            System.arraycopy(perturbedParameters(a, 11 + v), 0, p, v * n, n);
        }
        SplittableRandom rnd = new SplittableRandom(3);
        double[] r = a.workingRange();
        float[] z = new float[rows * units];
        float[] dy = new float[rows * units];
        for (int i = 0; i < z.length; i++) {
            z[i] = (float) (r[0] - 0.25 * (r[1] - r[0]) + 1.5 * (r[1] - r[0]) * rnd.nextDouble());
            dy[i] = (float) (rnd.nextDouble() * 2 - 1);
        }
        // both entry points: plain, and with a layer workspace (a forward pass may leave values for the backward)
        for (boolean withWorkspace : new boolean[] {false, true}) {
            float[] y = new float[z.length];
            float[] dz = new float[z.length];
            double[] dp = new double[p.length];
            if (withWorkspace) {
                KernelWorkspace ws = new KernelWorkspace();
                a.forward(z, y, rows, units, p, sharing, ws);
                a.backward(z, dy, dz, dp, rows, units, p, sharing, ws);
            } else {
                a.forward(z, y, rows, units, p, sharing);
                a.backward(z, dy, dz, dp, rows, units, p, sharing);
            }
            compareWithReference(a, sharing, rows, units, p, z, dy, y, dz, dp);
        }
    }

    private static void compareWithReference(Activation a, Sharing sharing, int rows, int units, double[] p, float[] z,
                                             float[] dy, float[] y, float[] dz, double[] dp) {
        int n = a.parameterCount();

        double[] expectDp = new double[p.length];
        double[] g = new double[n];
        for (int row = 0; row < rows; row++) {
            for (int j = 0; j < units; j++) {
                int k = row * units + j;
                int off = sharing == Sharing.NEURON ? j * n : 0;
                double x = z[k];
                double fy = a.value(x, p, off);
                assertEquals(fy, y[k], 2e-5 * Math.max(1, Math.abs(fy)),
                        a.displayName() + " " + sharing + ": forward at " + x);
                double fdz = dy[k] * a.derivative(x, p, off);
                assertEquals(fdz, dz[k], 2e-5 * Math.max(1, Math.abs(fdz)),
                        a.displayName() + " " + sharing + ": backward dz at " + x);
                a.parameterGradient(x, p, off, g, 0);
                for (int i = 0; i < n; i++) expectDp[off + i] += dy[k] * g[i];
            }
        }
        for (int i = 0; i < p.length; i++) {
            assertEquals(expectDp[i], dp[i], 1e-4 * Math.max(1, Math.abs(expectDp[i])),
                    a.displayName() + " " + sharing + ": parameter gradient " + i);
        }
        assertTrue(y.length > 0);
    }
}
