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
        check(what, net, loss, x, rows, labels, targets, false, ONE_STEP);
    }

    /** The step of the finite differences, 2e-3·max(1, |v|), and smaller ones tried when it fails. */
    private static final float[] ONE_STEP = {1f};
    private static final float[] SMALLER_STEPS = {1f, 0.25f, 0.0625f};

    /**
     * As above, through {@link Network#forwardTraining} when training is set (BatchNorm on the batch's statistics)
     * or {@link Network#forward} (running statistics); then the input gradient {@link Network#inputGradient} too.
     */
    static void check(String what, Network net, Loss loss, float[] x, int rows, int[] labels, float[] targets,
                      boolean training) {
        // a change of a weight below a norm moves every value of its row (LayerNorm) or feature (BatchNorm), so a
        // step is likelier to cross some kink (relu, knot) far downstream: smaller steps get a second chance
        check(what, net, loss, x, rows, labels, targets, training, SMALLER_STEPS);
    }

    private static void check(String what, Network net, Loss loss, float[] x, int rows, int[] labels,
                              float[] targets, boolean training, float[] steps) {
        int outputs = net.outputs();
        float[] dOut = new float[rows * outputs];
        float[] out = pass(net, x, rows, training);
        loss.evaluate(out, rows, outputs, labels, targets, dOut);
        net.backward(dOut, rows);

        for (Parameter p : net.parameters()) {
            compare(what + ": d loss / d " + p.name(), p.value(), p.grad().clone(), net, loss, x, rows, labels,
                    targets, training, steps);
        }
        if (training) {
            pass(net, x, rows, true);
            float[] dx = net.inputGradient(dOut, rows);
            compare(what + ": d loss / d x", x, dx, net, loss, x, rows, labels, targets, true, steps);
        }
    }

    private static float[] pass(Network net, float[] x, int rows, boolean training) {
        return training ? net.forwardTraining(x, rows) : net.forward(x, rows);
    }

    /** Each value of v (a parameter or the input) nudged both ways: the loss's slope against grad. */
    private static void compare(String what, float[] v, float[] grad, Network net, Loss loss, float[] x, int rows,
                                int[] labels, float[] targets, boolean training, float[] steps) {
        for (int i = 0; i < v.length; i++) {
            String failure = null;
            for (float step : steps) {
                failure = differences(v, i, step, grad[i], net, loss, x, rows, labels, targets, training);
                if (failure == null) break;
            }
            assertTrue(failure == null, what + "[" + i + "] " + failure);
        }
    }

    /** Null when backprop's g agrees with a central or one-sided difference at this step, else what was seen. */
    private static String differences(float[] v, int i, float step, double g, Network net, Loss loss, float[] x,
                                      int rows, int[] labels, float[] targets, boolean training) {
        int outputs = net.outputs();
        float keep = v[i];
        float h = step * 2e-3f * Math.max(1f, Math.abs(keep));
        v[i] = keep + h;
        double up = loss.evaluate(pass(net, x, rows, training), rows, outputs, labels, targets, null);
        v[i] = keep - h;
        double down = loss.evaluate(pass(net, x, rows, training), rows, outputs, labels, targets, null);
        v[i] = keep;
        double mid = loss.evaluate(pass(net, x, rows, training), rows, outputs, labels, targets, null);
        double hh = (double) (keep + h) - keep;
        double central = (up - down) / (2 * hh);
        double forward = (up - mid) / hh;
        double backward = (mid - down) / hh;
        double tol = 2e-3 + 3e-2 * Math.abs(g);
        // one-sided differences rescue points where a kink (relu, knot, max-pool switch) lies within h
        boolean ok = Math.abs(central - g) <= tol || Math.abs(forward - g) <= tol || Math.abs(backward - g) <= tol;
        return ok ? null : "backprop " + g + " vs finite differences " + central + " (one-sided " + forward + ", "
                + backward + ")";
    }

    /** Moves every norm layer's γ and β off 1 and 0, so a missing scale or shift term cannot hide. */
    static void perturbNorms(Network net, SplittableRandom rnd) {
        for (NormLayer n : net.normLayers()) {
            float[] g = n.gammaParameter().value();
            float[] b = n.betaParameter().value();
            for (int i = 0; i < g.length; i++) {
                g[i] += (float) (0.4 * (rnd.nextDouble() - 0.5));
                b[i] += (float) (0.4 * (rnd.nextDouble() - 0.5));
            }
        }
    }
}
