package org.activationworkbench.symbolic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A formula's value, derivative, canonical writing, and its text, LaTeX and torch forms. */
class FormulaTest {

    private static final String PYTHON = "/usr/bin/python3";

    @TempDir
    Path dir;

    static List<Formula> samples() {
        List<Formula> out = new ArrayList<>();
        for (Primitive g : Primitive.values()) {
            out.add(Formula.of(g, 1.3, -0.7, 0.4, -0.2));
            out.add(Formula.of(g, -0.6, 2.1, -1.1, 0.05));
        }
        out.add(new Formula(List.of(new Term(Primitive.TANH, 0.8, 2, 0), new Term(Primitive.SIN, 0.3, 3, 0.5)), 0.1));
        out.add(new Formula(List.of(new Term(Primitive.GAUSS, -1.5e-5, 40, 3), new Term(Primitive.IDENTITY, 2, 1, 0)), -3e7));
        return out;
    }

    @ParameterizedTest
    @EnumSource(Primitive.class)
    void derivativeMatchesFiniteDifferences(Primitive g) {
        Formula f = Formula.of(g, 1.3, -0.7, 0.4, -0.2);
        for (double x = -3.05; x < 3; x += 0.1) {   // steps that miss the kinks at exactly 0
            double h = 1e-6;
            double fd = (f.evaluate(x + h) - f.evaluate(x - h)) / (2 * h);
            assertEquals(fd, f.derivative(x), 1e-6 * Math.max(1, Math.abs(fd)), g + " at " + x);
        }
    }

    @Test
    void canonicalWritingIsTheSameFunction() {
        for (Formula f : samples()) {
            Formula c = f.canonical();
            for (double x = -3; x <= 3; x += 0.37) {
                assertEquals(f.evaluate(x), c.evaluate(x), 1e-9 * Math.max(1, Math.abs(f.evaluate(x))), f + " vs " + c);
            }
            for (Term t : c.terms()) {
                if (t.g().homogeneous()) assertEquals(1, Math.abs(t.b()), 1e-15, c.toString());
                if (t.g().symmetry() != Primitive.Symmetry.NONE) assertEquals(true, t.b() >= 0, c.toString());
            }
            assertEquals(c, c.canonical(), "canonical twice is canonical once");
        }
    }

    @Test
    void textLatexAndTorchOfATwoTermFormula() {
        Formula f = new Formula(List.of(new Term(Primitive.TANH, 1.0234, 0.98123, 0.01), new Term(Primitive.SQUARE, -0.5, 1, -0.3)),
                -0.0031);
        assertEquals("1.023*tanh(0.9812*x + 0.01) - 0.5*(x - 0.3)^2 - 0.0031", f.text());
        assertEquals("1.023\\tanh(0.9812x + 0.01) - 0.5(x - 0.3)^{2} - 0.0031", f.latex());
        assertEquals("1.0234*torch.tanh(0.98123*x + 0.01) - 0.5*(x - 0.3)**2 - 0.0031", f.torch("x"));
        assertEquals("tanh+x2", f.fn());
        assertEquals(8, f.complexity());
        assertEquals("-1.2e-05*exp(-(x + 3)^2) + 2e+07", Formula.of(Primitive.GAUSS, -1.2e-5, 1, 3, 2e7).text());
        assertEquals("-1.2\\times10^{-5} \\cdot e^{-(x + 3)^{2}} + 2\\times10^{7}",
                Formula.of(Primitive.GAUSS, -1.2e-5, 1, 3, 2e7).latex());
    }

    @Test
    void complexityCountsParametersAndForms() {
        assertEquals(2, Formula.of(Primitive.IDENTITY, 1, 1, 0, 0).complexity());
        assertEquals(4, Formula.of(Primitive.RELU, 1, 1, 0, 0).complexity());
        assertEquals(4, Formula.of(Primitive.SQUARE, 1, 1, 0, 0).complexity());
        assertEquals(5, Formula.of(Primitive.TANH, 1, 1, 0, 0).complexity());
        assertEquals(6, Formula.complexity(List.of(Primitive.TANH, Primitive.IDENTITY)));
    }

    /** Every form's torch expression, run by python3-torch, gives the formula's values (skipped without torch). */
    @Test
    void torchExpressionsEvaluateToTheFormula() throws Exception {
        assumeTrue(torchAvailable(), "python3 with torch is not available");
        StringBuilder script = new StringBuilder("import sys, torch\nxs = torch.linspace(-3, 3, 61, dtype=torch.float64)\n"
                + "bad = []\n");
        for (Formula f : samples()) {
            StringBuilder want = new StringBuilder("[");
            for (int i = 0; i < 61; i++) want.append(i > 0 ? ", " : "").append(f.evaluate(-3 + 0.1 * i));
            script.append("x = xs\ngot = ").append(f.torch("x")).append("\nwant = torch.tensor(").append(want)
                    .append("], dtype=torch.float64)\n")
                    .append("if ((got - want).abs() / torch.clamp(want.abs(), min=1.0)).max().item() > 1e-9: bad.append(")
                    .append('"').append(f.text()).append('"').append(")\n");
        }
        script.append("print(bad)\nsys.exit(1 if bad else 0)\n");
        Path py = dir.resolve("check.py");
        Files.writeString(py, script);
        Process p = new ProcessBuilder(PYTHON, py.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(120, TimeUnit.SECONDS);
        assertEquals(0, p.exitValue(), out);
    }

    private static boolean torchAvailable() {
        try {
            Process p = new ProcessBuilder(PYTHON, "-c", "import torch").redirectErrorStream(true).start();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
