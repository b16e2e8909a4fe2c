package org.activationworkbench.cli;

import static org.activationworkbench.cli.CliTest.assertUserError;
import static org.activationworkbench.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.activationworkbench.experiment.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `symbolic` on the command line: its three formats, and one `error:` line with exit 2 on bad input. */
class SymbolicCliTest {

    @TempDir
    static Path dir;
    static Path runDir;

    @BeforeAll
    static void train() {
        runDir = dir.resolve("run");
        CliTest.Result r = run("train", "--dataset", "moons", "--family", "bspline", "--hidden", "3,2", "--sharing",
                "neuron", "--epochs", "2", "--out", runDir.toString());
        assertEquals(0, r.code(), r.err());
    }

    @Test
    void csvHasTheDocumentedColumnsBestFirst() {
        CliTest.Result r = run("symbolic", "--run", runDir.toString(), "--format", "csv", "--top", "3");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("layer,unit,rank,formula,fn,a,b,c,d,r2,max_error,complexity", lines.get(0));
        assertEquals(1 + 5 * 3, lines.size(), "3 candidates for each of 3 + 2 units: " + r.out());
        assertTrue(lines.get(1).startsWith("1,1,1,"), lines.get(1));
        assertTrue(lines.get(lines.size() - 1).startsWith("2,2,3,"), lines.get(lines.size() - 1));
        for (String l : lines.subList(1, lines.size())) {
            String[] f = l.split(",");
            assertEquals(12, f.length, l);
            double r2 = Double.parseDouble(f[9]);
            assertTrue(r2 <= 1 && Double.isFinite(r2), l);
            assertTrue(f[4].matches("[a-z0-9_]+(\\+[a-z0-9_]+)?"), f[4]);
        }
    }

    @Test
    void oneUnitAsJsonWithLatexAndTorch() throws Exception {
        CliTest.Result r = run("symbolic", "--run", runDir.toString(), "--layer", "2", "--unit", "2", "--format", "json",
                "--top", "2", "--library", "tanh,linear,x2");
        assertEquals(0, r.code(), r.err());
        JsonNode root = Json.mapper().readTree(r.out());
        JsonNode acts = root.get("activations");
        assertEquals(1, acts.size());
        JsonNode a = acts.get(0);
        assertEquals(2, a.get("layer").asInt());
        assertEquals(2, a.get("unit").asInt());
        assertTrue(a.get("inputs").get("source").asText().startsWith("training data"));
        JsonNode best = a.get("candidates").get(0);
        for (String k : List.of("formula", "latex", "torch", "fn", "r2", "max_error", "complexity", "pareto", "terms", "d")) {
            assertTrue(best.has(k), k + " in " + best);
        }
        assertTrue(List.of("tanh", "identity", "x2").contains(best.get("terms").get(0).get("g").asText()));
    }

    @Test
    void textNamesEachActivationAndItsInputs() {
        CliTest.Result r = run("symbolic", "--run", runDir.toString(), "--layer", "1", "--top", "1");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("hidden layer 1, unit 3 · inputs: training data"), r.out());
        assertTrue(!r.out().contains("hidden layer 2"), r.out());
    }

    @Test
    void userErrors() {
        String run = runDir.toString();
        assertUserError(run("symbolic", "--run", dir.resolve("nope").toString()), "nope");
        assertUserError(run("symbolic", "--run", run, "--library", "tanh,wobble"), "wobble");
        assertUserError(run("symbolic", "--run", run, "--format", "xml"), "--format");
        assertUserError(run("symbolic", "--run", run, "--inputs", "guess"), "--inputs");
        assertUserError(run("symbolic", "--run", run, "--layer", "3"), "--layer");
        assertUserError(run("symbolic", "--run", run, "--layer", "0"), "--layer");
        assertUserError(run("symbolic", "--run", run, "--layer", "1", "--unit", "4"), "--unit");
        assertUserError(run("symbolic", "--run", run, "--top", "0"), "--top");
        assertUserError(run("symbolic", "--run", run, "--inputs", "histogram"), "histogram");
        assertUserError(run("symbolic"), "--run");
    }

    @Test
    void replaceWritesANewRunWithTheFormulaAndSaysWhatItDid() throws Exception {
        Path cut = dir.resolve("cut");
        String modelBefore = java.nio.file.Files.readString(runDir.resolve("model.json"));
        CliTest.Result r = run("symbolic", "--run", runDir.toString(), "--replace", "--layer", "1", "--unit", "2",
                "--out", cut.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("replaced hidden layer 1, unit 2 by "), r.out());
        assertTrue(r.out().contains("loss before") && r.out().contains("train") && r.out().contains("test"), r.out());
        assertEquals(modelBefore, java.nio.file.Files.readString(runDir.resolve("model.json")), "the input is untouched");
        org.activationworkbench.export.SavedRun saved = org.activationworkbench.export.SavedRun.open(cut);
        var formulas = saved.model().activations().get(0).formulas();
        assertEquals(3, formulas.size());
        assertTrue(formulas.get(0) == null && formulas.get(1) != null && formulas.get(2) == null, formulas.toString());
        assertTrue(java.nio.file.Files.readString(cut.resolve("surgery.txt")).contains("loss before"));
        // the new run reads back as its formula, and exports it to PyTorch as a torch expression
        CliTest.Result again = run("symbolic", "--run", cut.toString(), "--layer", "1", "--unit", "2", "--format", "csv", "--top", "1");
        assertEquals(0, again.code(), again.err());
        double r2 = Double.parseDouble(again.out().lines().toList().get(1).split(",")[9]);
        assertTrue(r2 > 0.9999, again.out());
        Path py = dir.resolve("cut.py");
        CliTest.Result export = run("export", "--run", cut.toString(), "--what", "pytorch", "--out", py.toString());
        assertEquals(0, export.code(), export.err());
        assertTrue(java.nio.file.Files.readString(py).contains("FORMULAS = {"));
    }

    @Test
    void replaceUserErrors() throws Exception {
        String run = runDir.toString();
        String fresh = dir.resolve("fresh").toString();
        assertUserError(run("symbolic", "--run", run, "--replace"), "--out");
        assertUserError(run("symbolic", "--run", run, "--out", fresh), "--replace");
        assertUserError(run("symbolic", "--run", run, "--replace", "--out", run), "--out");
        assertUserError(run("symbolic", "--run", run, "--replace", "--out", dir.resolve("x.awb").toString()), "--out");
        assertUserError(run("symbolic", "--run", run, "--replace", "--out", dir.toString()), "--out");
        assertUserError(run("symbolic", "--run", run, "--replace", "--layer", "3", "--out", fresh), "--layer");
        assertUserError(run("symbolic", "--run", run, "--replace", "--layer", "1", "--unit", "4", "--out", fresh), "--unit");
        assertUserError(run("symbolic", "--run", run, "--replace", "--rank", "0", "--out", fresh), "--rank");
        assertUserError(run("symbolic", "--run", run, "--replace", "--layer", "1", "--top", "1", "--library", "tanh",
                "--rank", "99", "--out", fresh), "--rank 99");
        assertUserError(run("symbolic", "--run", run, "--replace", "--format", "csv", "--out", fresh), "--format");
        assertTrue(!java.nio.file.Files.exists(dir.resolve("fresh")), "nothing written on an error");
    }
}
