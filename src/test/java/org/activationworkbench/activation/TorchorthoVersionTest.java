package org.activationworkbench.activation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.activationworkbench.core.OptionException;
import org.junit.jupiter.api.Test;

/** The two torchortho parameterisations: the stated constants, the 0.1.1 Hermite basis and the option's checks. */
class TorchorthoVersionTest {

    private static Activation create(String family, int degree, String version) {
        return ActivationRegistry.create(ActivationSpec.of(family).with("degree", degree).with("torchortho", version));
    }

    @Test
    void hermite011StartsWithThePapersCoefficients() {
        double[] p = create("hermite", 4, "0.1.1").initialParameters();
        double s = Math.sqrt(6) / Math.PI;
        assertEquals(0.66549 * s, p[0], 1e-12);
        for (int k = 1; k <= 4; k++) assertEquals(s / Math.pow(k, 1.5), p[k], 1e-12);
    }

    /** He_k/√k! is orthonormal under N(0, 1): each basis function alone has E[f²] = 1 and they are uncorrelated. */
    @Test
    void hermite011BasisIsOrthonormalUnderAStandardNormal() {
        Activation a = create("hermite", 5, "0.1.1");
        // E[·] under N(0, 1) by the midpoint rule over ±12 (the tails beyond weigh < 1e-30)
        int n = 200_000;
        double h = 24.0 / n;
        double[][] gram = new double[6][6];
        double[] basis = new double[6];
        for (int i = 0; i < n; i++) {
            double x = -12 + (i + 0.5) * h;
            double w = h * Math.exp(-x * x / 2) / Math.sqrt(2 * Math.PI);
            a.parameterGradient(x, a.initialParameters(), 0, basis, 0);
            for (int j = 0; j < 6; j++) for (int k = 0; k < 6; k++) gram[j][k] += w * basis[j] * basis[k];
        }
        for (int j = 0; j < 6; j++) {
            for (int k = 0; k < 6; k++) assertEquals(j == k ? 1 : 0, gram[j][k], 1e-9, "E[He_" + j + "·He_" + k + "]/√(j!k!)");
        }
    }

    @Test
    void fourier011DropsTheFactorialsAndStartsOnWholePeriodsOfTheUnitVarianceInterval() {
        Activation a = create("fourier", 3, "0.1.1");
        double[] p = a.initialParameters();
        for (int k = 1; k <= 3; k++) {
            assertEquals(Math.sqrt(6) / (Math.PI * Math.pow(k, 1.5)), p[k], 1e-12);
            assertEquals(k * Math.PI / Math.sqrt(3), p[3 + k], 1e-12);
        }
        double expected = p[0];
        for (int k = 1; k <= 3; k++) expected += p[k] * Math.cos(p[3 + k] * 0.7 - p[6 + k]);
        assertEquals(expected, a.value(0.7, p, 0), 1e-12);
        // a_0 makes E[f²] = 1 for x uniform on [−√3, √3] as the degree grows: a_0² + ½·Σ c_k² → 1
        Activation high = create("fourier", 12, "0.1.1");
        double[] q = high.initialParameters();
        double m = 0;
        int n = 200_000;
        for (int i = 0; i < n; i++) {
            double x = Math.sqrt(3) * (2 * (i + 0.5) / n - 1);
            double f = high.value(x, q, 0);
            m += f * f / n;
        }
        assertEquals(1, m, 0.01);
    }

    /** The drawn terms, bars and formula name the basis in use: no "/k!" for 0.1.1, "/√k!" for hermite 0.1.1. */
    @Test
    void viewsNameTheParameterisationInUse() {
        Activation f011 = create("fourier", 3, "0.1.1"), f012 = create("fourier", 3, "0.1.2");
        ActivationView v011 = f011.view(f011.initialParameters(), 0, -1, 1, 5);
        ActivationView v012 = f012.view(f012.initialParameters(), 0, -1, 1, 5);
        assertEquals(false, v011.components().stream().anyMatch(c -> c.name().contains("!")), v011.components().toString());
        assertEquals(false, v011.bars().stream().anyMatch(b -> b.name().contains("!")), v011.bars().toString());
        assertEquals(false, v011.formula().contains("!"), v011.formula());
        assertEquals(true, v012.components().get(1).name().endsWith("/2!"), v012.components().get(1).name());
        Activation h011 = create("hermite", 3, "0.1.1");
        ActivationView h = h011.view(h011.initialParameters(), 0, -1, 1, 5);
        assertEquals(true, h.components().get(2).name().endsWith("/√2!"), h.components().get(2).name());
        assertEquals(false, create("tropical", 5, "0.1.1").view(new double[6], 0, -1, 1, 5).formula().contains("√2"));
    }

    @Test
    void tropical011HasNoGain() {
        Activation v012 = create("tropical", 5, "0.1.2"), v011 = create("tropical", 5, "0.1.1");
        double[] p = v011.initialParameters();
        assertEquals(5 * 2.0 + 1, v011.value(2.0, p, 0), 1e-12);
        assertEquals(Math.sqrt(2) / 5 * (5 * 2.0 + 1), v012.value(2.0, p, 0), 1e-12);
    }

    @Test
    void defaultIsTheCurrentLibraryAndAnUnknownVersionIsNamed() {
        assertEquals("0.1.2", ActivationSpec.of("hermite").options().get("torchortho"));
        OptionException e = assertThrows(OptionException.class, () -> ActivationSpec.of("fourier").with("torchortho", "0.2"));
        assertEquals(true, e.getMessage().contains("--torchortho"), e.getMessage());
        assertThrows(OptionException.class, () -> ActivationSpec.of("slaf").with("torchortho", "0.1.1"));
    }
}
