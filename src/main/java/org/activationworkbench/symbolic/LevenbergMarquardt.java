package org.activationworkbench.symbolic;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;

/**
 * Levenberg–Marquardt refinement of all parameters of a {@link ProjectedProblem} (a, b, c per term and d) from a
 * start whose linear part is already optimal, with the analytic Jacobian of a·g(b·x + c) + d. Deterministic: no
 * randomness, a fixed iteration budget; a step is taken only when it lowers the cost.
 */
final class LevenbergMarquardt {

    static final int MAX_ITERATIONS = 25;
    private static final double TOLERANCE = 1e-9;

    private LevenbergMarquardt() {
    }

    /** Refines the full vector p in place; returns the final weighted sum of squares. */
    static double refine(ProjectedProblem problem, double[] p) {
        int m = p.length;
        int n = problem.points();
        double[] r = new double[n];
        double[] rTrial = new double[n];
        double[][] jac = new double[m][n];
        double cost = problem.residuals(p, r, jac);
        if (!Double.isFinite(cost)) return cost;
        double[] trial = new double[m];
        double[] jtj = new double[m * m];
        DMatrixRMaj normal = new DMatrixRMaj(m, m);
        DMatrixRMaj gradient = new DMatrixRMaj(m, 1);
        DMatrixRMaj step = new DMatrixRMaj(m, 1);
        LinearSolverDense<DMatrixRMaj> solver = LinearSolverFactory_DDRM.symmPosDef(m);
        double lambda = 1e-3;
        for (int it = 0; it < MAX_ITERATIONS && cost > 1e-30; it++) {
            for (int i = 0; i < m; i++) {
                double g = 0;
                for (int k = 0; k < n; k++) g += jac[i][k] * r[k];
                gradient.data[i] = -g;
                for (int j = 0; j <= i; j++) {
                    double s = 0;
                    for (int k = 0; k < n; k++) s += jac[i][k] * jac[j][k];
                    jtj[i * m + j] = s;
                    jtj[j * m + i] = s;
                }
            }
            boolean improved = false;
            while (lambda < 1e10) {
                System.arraycopy(jtj, 0, normal.data, 0, m * m);
                for (int i = 0; i < m; i++) normal.data[i * m + i] = jtj[i * m + i] * (1 + lambda) + 1e-12;
                if (!solver.setA(normal)) {
                    lambda *= 10;
                    continue;
                }
                solver.solve(gradient, step);
                for (int i = 0; i < m; i++) trial[i] = p[i] + step.data[i];
                double c = problem.residuals(trial, rTrial, null);
                if (c < cost) {
                    boolean converged = cost - c <= TOLERANCE * cost;
                    System.arraycopy(trial, 0, p, 0, m);
                    cost = problem.residuals(p, r, jac);
                    lambda = Math.max(lambda / 5, 1e-9);
                    improved = !converged;
                    break;
                }
                lambda *= 6;
            }
            if (!improved) break;
        }
        return cost;
    }
}
