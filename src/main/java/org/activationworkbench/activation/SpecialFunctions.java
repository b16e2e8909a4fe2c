package org.activationworkbench.activation;

/**
 * The error function, in two accuracies: {@link #erf(double)} / {@link #erfc(double)} for the double reference
 * math (relative error ~1e-16, W. J. Cody's rational Chebyshev approximations, Math. Comp. 23, 1969), and
 * {@link #erf(float)} for the float32 training kernels (absolute error < 5e-7, branch-free so loops stay simple).
 */
public final class SpecialFunctions {

    private static final double SQRT_PI_INV = 0.56418958354775628695; // 1/√π

    // Cody's coefficients: erf on |x| ≤ 0.5, erfc on 0.5 < |x| ≤ 4, erfc on |x| > 4
    private static final double[] A = {3.16112374387056560e00, 1.13864154151050156e02,
        3.77485237685302021e02, 3.20937758913846947e03, 1.85777706184603153e-1};
    private static final double[] B = {2.36012909523441209e01, 2.44024637934444173e02,
        1.28261652607737228e03, 2.84423683343917062e03};
    private static final double[] C = {5.64188496988670089e-1, 8.88314979438837594e00,
        6.61191906371416295e01, 2.98635138197400131e02, 8.81952221241769090e02,
        1.71204761263407058e03, 2.05107837782607147e03, 1.23033935479799725e03, 2.15311535474403846e-8};
    private static final double[] D = {1.57449261107098347e01, 1.17693950891312499e02,
        5.37181101862009858e02, 1.62138957456669019e03, 3.29079923573345963e03,
        4.36261909014324716e03, 3.43936767414372164e03, 1.23033935480374942e03};
    private static final double[] P = {3.05326634961232344e-1, 3.60344899949804439e-1,
        1.25781726111229246e-1, 1.60837851487422766e-2, 6.58749161529837803e-4, 1.63153871373020978e-2};
    private static final double[] Q = {2.56852019228982242e00, 1.87295284992346047e00,
        5.27905102951428412e-1, 6.05183413124413191e-2, 2.33520497626869185e-3};

    private static final double SMALL = 0.46875;

    private SpecialFunctions() {
    }

    /** erf(x) to double precision. */
    public static double erf(double x) {
        double y = Math.abs(x);
        if (y <= SMALL) return x * smallRatio(y * y);
        if (Double.isNaN(x)) return x;
        double r = 1.0 - erfcPositive(y);
        return x < 0 ? -r : r;
    }

    /** erfc(x) = 1 − erf(x) to double precision, without cancellation for large x. */
    public static double erfc(double x) {
        double y = Math.abs(x);
        if (y <= SMALL) return 1.0 - x * smallRatio(y * y);
        if (Double.isNaN(x)) return x;
        double r = erfcPositive(y);
        return x < 0 ? 2.0 - r : r;
    }

    /** erf(x)/x for |x| ≤ 0.46875, as a rational function of z = x². */
    private static double smallRatio(double z) {
        double num = A[4] * z;
        double den = z;
        for (int i = 0; i < 3; i++) {
            num = (num + A[i]) * z;
            den = (den + B[i]) * z;
        }
        return (num + A[3]) / (den + B[3]);
    }

    /** erfc(y) for y > 0.46875. */
    private static double erfcPositive(double y) {
        if (y >= 27) return 0.0; // below the smallest double
        double r;
        if (y <= 4.0) {
            double num = C[8] * y;
            double den = y;
            for (int i = 0; i < 7; i++) {
                num = (num + C[i]) * y;
                den = (den + D[i]) * y;
            }
            r = (num + C[7]) / (den + D[7]);
        } else {
            double z = 1.0 / (y * y);
            double num = P[5] * z;
            double den = z;
            for (int i = 0; i < 4; i++) {
                num = (num + P[i]) * z;
                den = (den + Q[i]) * z;
            }
            r = (SQRT_PI_INV - z * (num + P[4]) / (den + Q[4])) / y;
        }
        // exp(−y²) split as exp(−ŷ²)·exp(−(y−ŷ)(y+ŷ)) with ŷ = y rounded to 1/16, which keeps y² exact
        double yr = Math.floor(y * 16.0) / 16.0;
        double del = (y - yr) * (y + yr);
        return Math.exp(-yr * yr) * Math.exp(-del) * r;
    }

    /**
     * erf(x) in float, absolute error below 5e-7 (a few float ulps of 1): a rational approximation on [−4, 4] (outside it erf is ±1 in
     * float). Coefficients from Eigen's generic_fast_erf_float; no branches and no exp, so it is cheap per element.
     */
    public static float erf(float x) {
        float c = Math.max(-4f, Math.min(4f, x));
        float c2 = c * c;
        float num = c2 * -2.72614225801306e-10f + 2.77068142495902e-08f;
        num = c2 * num - 2.10102402082508e-06f;
        num = c2 * num - 5.69250639462346e-05f;
        num = c2 * num - 7.34990630326855e-04f;
        num = c2 * num - 2.95459980854025e-03f;
        num = c2 * num - 1.60960333262415e-02f;
        float den = c2 * -1.45660718464996e-05f - 2.13374055278905e-04f;
        den = c2 * den - 1.68282697438203e-03f;
        den = c2 * den - 7.37332916720468e-03f;
        den = c2 * den - 1.42647390514189e-02f;
        // the rational overshoots ±1 by an ulp near |x| = 3.7; erf never does
        return Math.max(-1f, Math.min(1f, c * num / den));
    }
}
