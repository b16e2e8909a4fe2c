package org.activationworkbench.nn;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.activationworkbench.train.Loss;

/**
 * Back-propagation through a whole network against finite differences of the loss, for every parameter.
 * Float32 forward passes, so the tolerance is loose, but a wrong sign or a missing term is far outside it.
 */
final class GradientCheck {

    private GradientCheck() {
    }

    /** Moves activation parameters off their init, so symmetric inits cannot hide an indexing error. */
    static void perturbActivations(Network net, SplittableRandom rnd) {
        for (ActivationLayer l : net.activationLayers()) {
            float[] v = l.parameter().value();
            for (int i = 0; i < v.length; i++) v[i] += (float) (0.1 * (rnd.nextDouble() - 0.5));
        }
    }

    static void check(String what, Network net, Loss loss, float[] x, int rows, int[] labels, float[] targets) {
        int outputs = net.outputs();
        float[] dOut = new float[rows * outputs];
        float[] out = net.forward(x, rows);
        loss.evaluate(out, rows, outputs, labels, targets, dOut);
        net.backward(dOut, rows);

        for (Parameter p : net.parameters()) {
            float[] grad = p.grad().clone();
            float[] v = p.value();
            for (int i = 0; i < v.length; i++) {
                float keep = v[i];
                float h = 2e-3f * Math.max(1f, Math.abs(keep));
                v[i] = keep + h;
                double up = loss.evaluate(net.forward(x, rows), rows, outputs, labels, targets, null);
                v[i] = keep - h;
                double down = loss.evaluate(net.forward(x, rows), rows, outputs, labels, targets, null);
                v[i] = keep;
                double mid = loss.evaluate(net.forward(x, rows), rows, outputs, labels, targets, null);
                double hh = (double) (keep + h) - keep;
                double central = (up - down) / (2 * hh);
                double forward = (up - mid) / hh;
                double backward = (mid - down) / hh;
                double g = grad[i];
                double tol = 2e-3 + 3e-2 * Math.abs(g);
                // one-sided differences rescue points where a kink (relu, knot, max-pool switch) lies within h
                boolean ok = Math.abs(central - g) <= tol || Math.abs(forward - g) <= tol || Math.abs(backward - g) <= tol;
                assertTrue(ok, what + ": d loss / d " + p.name() + "[" + i + "] backprop " + g
                        + " vs finite differences " + central + " (one-sided " + forward + ", " + backward + ")");
            }
        }
    }
}
