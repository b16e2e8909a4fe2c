package org.activationworkbench.symbolic;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;

/**
 * The weighted least-squares problem of one {@link Structure} on normalised data. For given nonlinear parameters
 * θ (the b's and c's) the linear ones (an a per term, and d) are solved exactly ({@link #solve}); a full parameter
 * vector (linear and nonlinear together) gives the residuals and their analytic Jacobian for the refinement
 * ({@link #residuals}).
 *
 * <p>The linear solve uses the normal equations with each column scaled to unit norm and a 10⁻¹⁰ ridge (EJML's
 * Cholesky on the small k×k system): a column that vanishes or repeats another (a constant g over the data, two
 * equal terms) still gives a finite, minimal answer instead of a failure.
 */
final class ProjectedProblem {

    /** Box for θ in normalised units (x in [−1, 1]): steeper than 1000 is below the sampling resolution. */
    static final double B_MAX = 1e3;
    static final double C_MAX = 1e4;
    private static final double RIDGE = 1e-10;

    private final double[] x;
    private final double[] y;
    private final double[] sw;
    private final Structure structure;
    private final int n;
    private final int cols;
    private final double[] basis;
    private final double[] norms;
    private final DMatrixRMaj gram;
    private final DMatrixRMaj rhs;
    private final DMatrixRMaj solution;
    private final LinearSolverDense<DMatrixRMaj> solver;

    /** x, y normalised; sw = √weight per point. */
    ProjectedProblem(double[] x, double[] y, double[] sw, Structure structure) {
        this.x = x;
        this.y = y;
        this.sw = sw;
        this.structure = structure;
        this.n = x.length;
        this.cols = structure.terms() + 1;
        this.basis = new double[n * cols];
        this.norms = new double[cols];
        this.gram = new DMatrixRMaj(cols, cols);
        this.rhs = new DMatrixRMaj(cols, 1);
        this.solution = new DMatrixRMaj(cols, 1);
        this.solver = LinearSolverFactory_DDRM.symmPosDef(cols);
    }

    Structure structure() {
        return structure;
    }

    int points() {
        return n;
    }

    /** True when θ is inside the search box. */
    boolean admissible(double[] theta) {
        for (int t = 0; t < structure.terms(); t++) {
            Primitive g = structure.forms().get(t);
            if (g.nonlinearParameters() == 2 && !(Math.abs(structure.b(t, theta)) <= B_MAX)) return false;
            if (g.nonlinearParameters() >= 1 && !(Math.abs(structure.c(t, theta)) <= C_MAX)) return false;
        }
        return true;
    }

    /**
     * Solves the linear parameters for θ and writes them (a per term, then d) into linear (may be null); returns
     * the weighted sum of squared residuals, or +∞ when θ is outside the box or anything is not finite.
     */
    double solve(double[] theta, double[] linear) {
        if (!admissible(theta)) return Double.POSITIVE_INFINITY;
        int terms = structure.terms();
        for (int i = 0; i < n; i++) {
            for (int t = 0; t < terms; t++) {
                double u = structure.b(t, theta) * x[i] + structure.c(t, theta);
                basis[i * cols + t] = sw[i] * structure.forms().get(t).value(u);
            }
            basis[i * cols + terms] = sw[i];
        }
        for (int j = 0; j < cols; j++) {
            double s = 0;
            for (int i = 0; i < n; i++) s += basis[i * cols + j] * basis[i * cols + j];
            if (!Double.isFinite(s)) return Double.POSITIVE_INFINITY;
            norms[j] = Math.sqrt(s);
        }
        for (int j = 0; j < cols; j++) {
            double h = 0;
            for (int i = 0; i < n; i++) h += basis[i * cols + j] * sw[i] * y[i];
            rhs.data[j] = norms[j] > 0 ? h / norms[j] : 0;
            for (int k = 0; k <= j; k++) {
                double s = 0;
                if (norms[j] > 0 && norms[k] > 0) {
                    for (int i = 0; i < n; i++) s += basis[i * cols + j] * basis[i * cols + k];
                    s /= norms[j] * norms[k];
                }
                gram.data[j * cols + k] = s;
                gram.data[k * cols + j] = s;
            }
            gram.data[j * cols + j] += RIDGE;
        }
        if (!solver.setA(gram)) return Double.POSITIVE_INFINITY;
        solver.solve(rhs, solution);
        for (int j = 0; j < cols; j++) {
            double v = norms[j] > 0 ? solution.data[j] / norms[j] : 0;
            if (!Double.isFinite(v)) return Double.POSITIVE_INFINITY;
            solution.data[j] = v;
        }
        double cost = 0;
        for (int i = 0; i < n; i++) {
            double fit = 0;
            for (int j = 0; j < cols; j++) fit += basis[i * cols + j] * solution.data[j];
            double r = sw[i] * y[i] - fit;
            cost += r * r;
        }
        if (linear != null) System.arraycopy(solution.data, 0, linear, 0, cols);
        return Double.isFinite(cost) ? cost : Double.POSITIVE_INFINITY;
    }

    // ---- the full parameter vector: per term a, then b and c where free; d last ----------------------------

    int fullSize() {
        return structure.terms() + structure.thetaSize() + 1;
    }

    /** The full vector of θ and its linear solution. */
    double[] full(double[] theta, double[] linear) {
        double[] p = new double[fullSize()];
        int k = 0;
        for (int t = 0; t < structure.terms(); t++) {
            p[k++] = linear[t];
            int free = structure.forms().get(t).nonlinearParameters();
            int off = structure.thetaOffset(t);
            for (int j = 0; j < free; j++) p[k++] = theta[off + j];
        }
        p[k] = linear[structure.terms()];
        return p;
    }

    /** θ out of a full vector. */
    double[] theta(double[] p) {
        double[] theta = new double[structure.thetaSize()];
        int k = 0, m = 0;
        for (int t = 0; t < structure.terms(); t++) {
            k++;
            int free = structure.forms().get(t).nonlinearParameters();
            for (int j = 0; j < free; j++) theta[m++] = p[k++];
        }
        return theta;
    }

    /**
     * Weighted residuals r_i = √w_i·(y_i − f(x_i)) of the full vector p, and when jac is not null its Jacobian
     * ∂r_i/∂p_k into jac[k][i]; returns Σ r², +∞ when outside the box or not finite.
     */
    double residuals(double[] p, double[] r, double[][] jac) {
        int terms = structure.terms();
        double d = p[p.length - 1];
        for (int i = 0; i < n; i++) r[i] = sw[i] * (y[i] - d);
        if (jac != null) for (int i = 0; i < n; i++) jac[p.length - 1][i] = -sw[i];
        int k = 0;
        for (int t = 0; t < terms; t++) {
            Primitive g = structure.forms().get(t);
            int free = g.nonlinearParameters();
            int ka = k;
            double a = p[k++];
            double b = free == 2 ? p[k++] : structure.signs().get(t);
            double c = free >= 1 ? p[k++] : 0;
            if (free == 2 && !(Math.abs(b) <= B_MAX) || free >= 1 && !(Math.abs(c) <= C_MAX)) return Double.POSITIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                double u = b * x[i] + c;
                double gv = g.value(u);
                r[i] -= sw[i] * a * gv;
                if (jac == null) continue;
                double slope = -sw[i] * a * g.derivative(u);
                jac[ka][i] = -sw[i] * gv;
                if (free == 2) jac[ka + 1][i] = slope * x[i];
                if (free >= 1) jac[ka + free][i] = slope;
            }
        }
        double cost = 0;
        for (int i = 0; i < n; i++) cost += r[i] * r[i];
        return Double.isFinite(cost) ? cost : Double.POSITIVE_INFINITY;
    }
}
