package org.activationworkbench.activation;

/** f and f' sampled over a grid through an activation's reference math, for views. */
final class CurveSampling {

    private CurveSampling() {
    }

    static double[] values(Activation a, double[] x, double[] p, int off) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) y[i] = a.value(x[i], p, off);
        return y;
    }

    static double[] derivatives(Activation a, double[] x, double[] p, int off) {
        double[] dy = new double[x.length];
        for (int i = 0; i < x.length; i++) dy[i] = a.derivative(x[i], p, off);
        return dy;
    }
}
