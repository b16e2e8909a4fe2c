package org.activationworkbench.nn;

import dev.ludovic.netlib.blas.BLAS;
import dev.ludovic.netlib.blas.JavaBLAS;

/**
 * Row-major float32 matrix products on top of netlib's column-major sgemm.
 *
 * <p>A row-major m×n matrix is, in memory, the column-major n×m transpose, so C = A·B is computed as
 * Cᵀ = Bᵀ·Aᵀ with the operands swapped. netlib picks native OpenBLAS (libblas.so.3) when the system has it,
 * else its Java fallback (VectorBLAS with {@code --add-modules jdk.incubator.vector}, plain Java otherwise).
 */
public final class Blas {

    // netlib logs a warning for each fallback it could not load; the choice is reported by bench instead
    private static final java.util.logging.Logger NETLIB_LOG = quietNetlibLogger();
    private static final BLAS BLAS_INSTANCE = pick();

    private Blas() {
    }

    private static java.util.logging.Logger quietNetlibLogger() {
        java.util.logging.Logger log = java.util.logging.Logger.getLogger("dev.ludovic.netlib.blas.InstanceBuilder");
        log.setLevel(java.util.logging.Level.OFF);
        return log;
    }

    private static BLAS pick() {
        try {
            return BLAS.getInstance();
        } catch (Throwable t) {
            return JavaBLAS.getInstance();
        }
    }

    /** Which implementation is in use, e.g. "JNIBLAS (native OpenBLAS)" or "VectorBLAS (pure Java)". */
    public static String implementation() {
        String name = BLAS_INSTANCE.getClass().getSimpleName();
        return switch (name) {
            case "JNIBLAS" -> "JNIBLAS (native " + nativeLibraryName() + ")";
            case "VectorBLAS" -> "VectorBLAS (pure Java, jdk.incubator.vector)";
            default -> name + " (pure Java)";
        };
    }

    public static boolean isNative() {
        return BLAS_INSTANCE.getClass().getSimpleName().equals("JNIBLAS");
    }

    private static String nativeLibraryName() {
        try {
            java.nio.file.Path p = java.nio.file.Paths.get("/usr/lib/x86_64-linux-gnu/libblas.so.3").toRealPath();
            return p.toString().contains("openblas") ? "OpenBLAS" : "libblas.so.3 → " + p;
        } catch (java.io.IOException | RuntimeException e) {
            return "libblas.so.3";
        }
    }

    /** C[m×n] = A[m×k]·B[k×n] + beta·C (row-major, offsets into each array). */
    public static void mult(int m, int n, int k, float[] a, int aOff, float[] b, int bOff,
                            float beta, float[] c, int cOff) {
        BLAS_INSTANCE.sgemm("N", "N", n, m, k, 1f, b, bOff, n, a, aOff, k, beta, c, cOff, n);
    }

    /** C[m×n] = Aᵀ·B + beta·C where A is k×m and B is k×n (row-major). */
    public static void multTransA(int m, int n, int k, float[] a, int aOff, float[] b, int bOff,
                                  float beta, float[] c, int cOff) {
        BLAS_INSTANCE.sgemm("N", "T", n, m, k, 1f, b, bOff, n, a, aOff, m, beta, c, cOff, n);
    }

    /** C[m×n] = A·Bᵀ + beta·C where A is m×k and B is n×k (row-major). */
    public static void multTransB(int m, int n, int k, float[] a, int aOff, float[] b, int bOff,
                                  float beta, float[] c, int cOff) {
        BLAS_INSTANCE.sgemm("T", "N", n, m, k, 1f, b, bOff, k, a, aOff, k, beta, c, cOff, n);
    }
}
