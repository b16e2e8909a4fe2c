package org.activationworkbench.bench;

import java.util.SplittableRandom;
import org.activationworkbench.activation.Activation;
import org.activationworkbench.activation.ActivationRegistry;
import org.activationworkbench.activation.ActivationSpec;
import org.activationworkbench.activation.KernelWorkspace;
import org.activationworkbench.activation.Sharing;

/**
 * A developer's tool, not a test: nanoseconds per element of each family's forward and backward kernels on a
 * 128 × 256 batch (one hidden layer of the bench network). Run:
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) org.activationworkbench.bench.KernelTiming relu fourier}
 */
public final class KernelTiming {

    private KernelTiming() {
    }

    public static void main(String[] args) {
        int rows = 128, units = 256, n = rows * units;
        SplittableRandom rnd = new SplittableRandom(1);
        float[] z = new float[n], y = new float[n], dy = new float[n], dz = new float[n];
        for (int i = 0; i < n; i++) {
            z[i] = (float) (rnd.nextGaussian());
            dy[i] = (float) (rnd.nextGaussian() * 1e-3);
        }
        for (String name : args) {
            Activation a = ActivationRegistry.create(ActivationSpec.of(name));
            Sharing s = a.defaultSharing();
            int vectors = s == Sharing.NEURON ? units : 1;
            double[] p = new double[vectors * a.parameterCount()];
            double[] init = a.initialParameters();
            for (int v = 0; v < vectors; v++) System.arraycopy(init, 0, p, v * init.length, init.length);
            double[] dp = new double[p.length];
            KernelWorkspace ws = new KernelWorkspace();  // as a network layer lends it
            for (int warm = 0; warm < 300; warm++) {
                a.forward(z, y, rows, units, p, s, ws);
                a.backward(z, dy, dz, dp, rows, units, p, s, ws);
            }
            int reps = 300;
            long t0 = System.nanoTime();
            for (int r = 0; r < reps; r++) a.forward(z, y, rows, units, p, s, ws);
            long t1 = System.nanoTime();
            for (int r = 0; r < reps; r++) a.backward(z, dy, dz, dp, rows, units, p, s, ws);
            long t2 = System.nanoTime();
            System.out.printf("%-10s forward %6.2f ns/element  backward %6.2f ns/element%n", name,
                    (t1 - t0) / (double) reps / n, (t2 - t1) / (double) reps / n);
        }
    }
}
