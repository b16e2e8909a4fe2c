package org.activationworkbench.activation;

/**
 * Sine and cosine for the float32 kernels: Cody–Waite reduction to [−π/4, π/4] and Taylor polynomials
 * to degree 11/12 (error below 1e-11 on the reduced range, far inside float precision).
 * The quadrant is picked with ternaries: an arithmetic (multiply-by-0/1) select measured about 2× slower
 * in the fourier backward kernel, as it defeats sharing the two polynomials between sin and cos.
 *
 * <p>{@link #sin} and {@link #cos} of the same argument share their reduction and both polynomials,
 * so after inlining the JIT computes them once (a sincos without a result object).
 */
final class FastTrig {

    private static final double TWO_OVER_PI = 2 / Math.PI;
    // π/2 split in two so q·PIO2_HI is exact for moderate q
    private static final double PIO2_HI = 1.5707963267341256;
    private static final double PIO2_LO = 6.077100506506192e-11;

    private FastTrig() {
    }

    static double cos(double z) {
        double q = Math.rint(z * TWO_OVER_PI);
        double r = z - q * PIO2_HI - q * PIO2_LO;
        int quadrant = (int) (long) q & 3;
        double v = (quadrant & 1) == 0 ? cosPoly(r) : sinPoly(r);
        return ((quadrant + 1) & 2) == 0 ? v : -v;
    }

    static double sin(double z) {
        double q = Math.rint(z * TWO_OVER_PI);
        double r = z - q * PIO2_HI - q * PIO2_LO;
        int quadrant = (int) (long) q & 3;
        double v = (quadrant & 1) == 0 ? sinPoly(r) : cosPoly(r);
        return (quadrant & 2) == 0 ? v : -v;
    }

    private static double sinPoly(double r) {
        double r2 = r * r;
        double p = -1.0 / 39916800.0;                   // −1/11!
        p = p * r2 + 1.0 / 362880.0;
        p = p * r2 - 1.0 / 5040.0;
        p = p * r2 + 1.0 / 120.0;
        p = p * r2 - 1.0 / 6.0;
        return r + r * r2 * p;
    }

    private static double cosPoly(double r) {
        double r2 = r * r;
        double p = 1.0 / 479001600.0;                   // 1/12!
        p = p * r2 - 1.0 / 3628800.0;
        p = p * r2 + 1.0 / 40320.0;
        p = p * r2 - 1.0 / 720.0;
        p = p * r2 + 1.0 / 24.0;
        p = p * r2 - 0.5;
        return 1 + r2 * p;
    }
}
