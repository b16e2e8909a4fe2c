package org.activationworkbench.activation;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;

/**
 * --init-fit: start a learnable family as a least-squares fit to a fixed baseline g, minimising
 * Σ (f(x_i) − g(x_i))² + (f'(x_i) − g'(x_i))² over points spread over the family's working range.
 *
 * <p>Families linear in the fitted parameters get one linear solve; the others a damped Gauss–Newton
 * (Levenberg–Marquardt) from their own init. Parameters outside {@link Activation#fitMask()} keep their init.
 */
public final class InitFit {

    /**
     * 200 points = 199 intervals, a prime: the samples miss every interior knot of a uniform grid with fewer than
     * 199 segments and miss 0 on a symmetric range, so no sample sits exactly on a kink of a piecewise family
     * (relu-like at 0, spline knots, tropical lines that all tie at 0 at init).
     */
    static final int POINTS = 200;
    private static final double H = 1e-5;

    private InitFit() {
    }

    public static double[] fit(Activation family, Activation target) {
        double[] range = family.workingRange();
        double[] xs = Activation.grid(range[0], range[1], POINTS);
        double[] p = family.initialParameters();
        int[] free = freeIndices(family.fitMask());
        if (free.length == 0) return p;
        if (family.linearInParameters()) {
            // residual is affine in p: one Gauss–Newton step from anywhere lands on the optimum
            return step(family, target, xs, p, free, 0.0);
        }
        double lambda = 1e-3;
        double cost = cost(family, target, xs, p);
        for (int it = 0; it < 200 && cost > 1e-14; it++) {
            double[] q = step(family, target, xs, p, free, lambda);
            double c = cost(family, target, xs, q);
            if (Double.isFinite(c) && c < cost) {
                boolean converged = cost - c < 1e-12 * Math.max(1, cost);
                p = q;
                cost = c;
                lambda = Math.max(lambda / 3, 1e-12);
                if (converged) break;
            } else {
                lambda *= 4;
                if (lambda > 1e10) break;
            }
        }
        return p;
    }

    private static int[] freeIndices(boolean[] mask) {
        return java.util.stream.IntStream.range(0, mask.length).filter(i -> mask[i]).toArray();
    }

    /** Residuals: value rows then derivative rows. */
    private static double cost(Activation f, Activation g, double[] xs, double[] p) {
        double s = 0;
        for (double x : xs) {
            double rv = f.value(x, p, 0) - g.value(x, null, 0);
            double rd = f.derivative(x, p, 0) - g.derivative(x, null, 0);
            s += rv * rv + rd * rd;
        }
        return s;
    }

    /**
     * ∂f'(x)/∂p_k by a central difference in p_k (p is restored afterwards). Differencing in p rather than in x
     * keeps x where derivative() evaluates it, so a sample point on a kink (0 for relu-like families, a spline
     * knot) gets the sensitivity of the one-sided derivative actually fitted instead of a spike of size 1/H;
     * and it is exact whenever f' is linear in p.
     */
    private static double derivativeSensitivity(Activation f, double x, double[] p, int k) {
        double pk = p[k];
        p[k] = pk + H;
        double up = f.derivative(x, p, 0);
        p[k] = pk - H;
        double down = f.derivative(x, p, 0);
        p[k] = pk;
        return (up - down) / (2 * H);
    }

    /** One (damped) Gauss–Newton step: solve (JᵀJ + λ·diag(JᵀJ)) δ = −Jᵀr. */
    private static double[] step(Activation f, Activation g, double[] xs, double[] p, int[] free, double lambda) {
        int n = f.parameterCount();
        int m = free.length;
        DMatrixRMaj jac = new DMatrixRMaj(2 * xs.length, m);
        DMatrixRMaj res = new DMatrixRMaj(2 * xs.length, 1);
        double[] grad = new double[n];
        double[] shifted = p.clone();
        for (int i = 0; i < xs.length; i++) {
            double x = xs[i];
            f.parameterGradient(x, p, 0, grad, 0);
            for (int k = 0; k < m; k++) {
                jac.set(2 * i, k, grad[free[k]]);
                jac.set(2 * i + 1, k, derivativeSensitivity(f, x, shifted, free[k]));
            }
            res.set(2 * i, 0, f.value(x, p, 0) - g.value(x, null, 0));
            res.set(2 * i + 1, 0, f.derivative(x, p, 0) - g.derivative(x, null, 0));
        }
        DMatrixRMaj jtj = new DMatrixRMaj(m, m);
        CommonOps_DDRM.multTransA(jac, jac, jtj);
        DMatrixRMaj jtr = new DMatrixRMaj(m, 1);
        CommonOps_DDRM.multTransA(jac, res, jtr);
        for (int k = 0; k < m; k++) {
            // a tiny ridge keeps rank-deficient fits (e.g. knots no point reaches) well posed
            jtj.add(k, k, lambda * jtj.get(k, k) + 1e-10);
        }
        LinearSolverDense<DMatrixRMaj> solver = LinearSolverFactory_DDRM.symmPosDef(m);
        DMatrixRMaj delta = new DMatrixRMaj(m, 1);
        if (!solver.setA(jtj)) {
            solver = LinearSolverFactory_DDRM.leastSquares(m, m);
            solver.setA(jtj);
        }
        solver.solve(jtr, delta);
        double[] q = p.clone();
        for (int k = 0; k < m; k++) q[free[k]] -= delta.get(k, 0);
        return q;
    }
}
