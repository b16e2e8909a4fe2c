package org.activationworkbench.activation;

import org.junit.jupiter.api.Test;

/** Reference gradients and float kernels of hermite, fourier, slaf and rational, per family and sharing. */
class PolynomialFamiliesTest {

    private static void check(Activation a, Sharing sharing) {
        check(a, sharing, a.initialParameters());
    }

    private static void check(Activation a, Sharing sharing, double[] init) {
        ActivationChecks.checkReferenceGradients(a, init);
        ActivationChecks.checkReferenceGradients(a, ActivationChecks.perturbedParameters(a, 5));
        ActivationChecks.checkKernels(a, sharing);
    }

    @Test void hermiteLayer() { check(new HermiteActivation(3), Sharing.LAYER); }
    @Test void hermiteNeuron() { check(new HermiteActivation(3), Sharing.NEURON); }
    @Test void hermiteHighDegree() { check(new HermiteActivation(8), Sharing.NEURON); }
    @Test void hermiteDegreeOne() { check(new HermiteActivation(1), Sharing.LAYER); }

    @Test void fourierLayer() { check(new FourierActivation(5), Sharing.LAYER); }
    @Test void fourierNeuron() { check(new FourierActivation(5), Sharing.NEURON); }
    @Test void fourierOtherDegree() { check(new FourierActivation(2), Sharing.NEURON); }

    @Test void slafLayer() { check(new SlafActivation(3), Sharing.LAYER); }
    @Test void slafNeuron() { check(new SlafActivation(3), Sharing.NEURON); }
    @Test void slafHighDegree() { check(new SlafActivation(6), Sharing.LAYER); }

    @Test void rationalLayer() { check(new RationalActivation(), Sharing.LAYER, rationalInitOffKinks()); }
    @Test void rationalNeuron() { check(new RationalActivation(), Sharing.NEURON, rationalInitOffKinks()); }

    /** The init with |b_k| raised to at least 1e-5 (same sign), so the shared check's h = 1e-6 stays off the kink. */
    private static double[] rationalInitOffKinks() {
        double[] p = new RationalActivation().initialParameters();
        for (int i = 6; i < 10; i++) p[i] = Math.copySign(Math.max(Math.abs(p[i]), 1e-5), p[i]);
        return p;
    }

    /**
     * The spec init has b_3 = 5.1e-7, closer to the |b| kink than the checks' step h = 1e-6, so the central
     * difference there averages both sides. At the exact init every step here stays below |p_i|/10
     * instead; rationalLayer/rationalNeuron run the shared check next to the init.
     */
    @Test
    void rationalParameterGradientAtExactInit() {
        RationalActivation a = new RationalActivation();
        double[] p = a.initialParameters();
        double[] g = new double[10];
        for (double x : ActivationChecks.probePoints(a)) {
            a.parameterGradient(x, p, 0, g, 0);
            for (int i = 0; i < 10; i++) {
                double h = Math.min(1e-6, 0.1 * Math.abs(p[i]));
                double[] q = p.clone();
                q[i] = p[i] + h;
                double up = a.value(x, q, 0);
                q[i] = p[i] - h;
                double fd = (up - a.value(x, q, 0)) / (2 * h);
                org.junit.jupiter.api.Assertions.assertEquals(fd, g[i], 1e-5 * Math.max(1, Math.abs(fd)),
                        "df/d" + a.parameterNames().get(i) + " at " + x);
            }
        }
    }

    /** dz may alias dy: every kernel must read dy[i] before writing dz[i]. */
    @Test
    void backwardInPlace() {
        for (Activation a : new Activation[] {new HermiteActivation(3), new FourierActivation(5),
                new SlafActivation(3), new RationalActivation()}) {
            double[] p = ActivationChecks.perturbedParameters(a, 9);
            float[] z = {-2.5f, -0.3f, 0.7f, 2.9f};
            float[] dy = {0.5f, -1f, 2f, 0.25f};
            float[] buf = dy.clone();
            a.backward(z, buf, buf, new double[p.length], 2, 2, p, Sharing.LAYER);
            for (int i = 0; i < z.length; i++) {
                double expect = dy[i] * a.derivative(z[i], p, 0);
                org.junit.jupiter.api.Assertions.assertEquals(expect, buf[i], 1e-5 * Math.max(1, Math.abs(expect)),
                        a.displayName() + " in-place backward at " + z[i]);
            }
        }
    }
}
