package org.activationworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command-line contract of shared/spec/cli.md: outputs, and one `error:` line with exit 2 on bad input. */
class CliTest {

    record Result(int code, String out, String err) { }

    static synchronized Result run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = WorkbenchCli.execute(args);
            return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    static void assertUserError(Result r, String mustMention) {
        assertEquals(2, r.code(), "exit status; stderr was: " + r.err());
        List<String> lines = r.err().lines().toList();
        assertEquals(1, lines.size(), "exactly one line on stderr, got: " + r.err());
        assertTrue(lines.get(0).startsWith("error: "), lines.get(0));
        assertTrue(lines.get(0).contains(mustMention), "message should mention '" + mustMention + "': " + lines.get(0));
        assertFalse(r.err().contains("Exception"), "no stack trace or exception names: " + r.err());
    }

    @Test
    void familiesListsEveryFamilyWithFiveColumns() {
        Result r = run("families");
        assertEquals(0, r.code());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.size() >= 18, r.out());
        for (String l : lines) assertEquals(5, l.split("\t").length, l);
        assertTrue(r.out().contains("bspline\tlearnable"));
        assertTrue(r.out().contains("relu\tfixed"));
    }

    @Test
    void datasetsListsTheGenerators() {
        Result r = run("datasets");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("spiral\tclassification"), r.out());
        assertTrue(r.out().contains("sin\tregression"), r.out());
    }

    @Test
    void curveAtInitMatchesTheSpec() {
        Result r = run("curve", "--family", "dyn", "--x", "-1,0.5,2");
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("x,y,dy", "-1.00000000,0.00000000,0.00000000", "0.500000000,0.500000000,1.00000000",
                "2.00000000,2.00000000,1.00000000"), r.out().lines().toList());
    }

    @Test
    void curveWithGivenParameters() {
        // prelu with a = 0.5 at x = -2: -1, slope 0.5
        Result r = run("curve", "--family", "prelu", "--params", "0.5", "--x", "-2");
        assertEquals("-2.00000000,-1.00000000,0.500000000", r.out().lines().toList().get(1));
    }

    @Test
    void curveOnAGrid() {
        Result r = run("curve", "--family", "tropical", "--from", "-1", "--to", "1", "--points", "5");
        assertEquals(0, r.code(), r.err());
        assertEquals(6, r.out().lines().count());
    }

    @Test
    void unknownFamily() {
        assertUserError(run("curve", "--family", "nope", "--x", "1"), "nope");
    }

    @Test
    void unknownOption() {
        assertUserError(run("curve", "--family", "relu", "--x", "1", "--colour", "red"), "--colour");
    }

    @Test
    void malformedNumber() {
        assertUserError(run("curve", "--family", "relu", "--x", "1,abc"), "abc");
    }

    @Test
    void wrongParameterCount() {
        assertUserError(run("curve", "--family", "dyn", "--params", "1", "--x", "1"), "--params");
    }

    @Test
    void optionThatDoesNotApply() {
        assertUserError(run("curve", "--family", "dyn", "--knots", "5", "--x", "1"), "--knots");
    }

    @Test
    void missingRequiredOption() {
        assertUserError(run("train", "--family", "relu", "--out", "x"), "--dataset");
    }

    @Test
    void unknownDatasetWritesNothing(@TempDir Path tmp) {
        Path out = tmp.resolve("run");
        assertUserError(run("train", "--dataset", "nope", "--family", "relu", "--out", out.toString()), "nope");
        assertFalse(Files.exists(out));
    }

    @Test
    void missingFile(@TempDir Path tmp) {
        assertUserError(run("train", "--dataset", tmp.resolve("absent.csv").toString(), "--family", "relu",
                "--out", tmp.resolve("o").toString()), "absent.csv");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--epochs=-1", "--batch=0", "--lr=-1", "--optimizer=rmsprop", "--sharing=team",
            "--hidden=8,0", "--test-ratio=1.5"})
    void badTrainingOptions(String option, @TempDir Path tmp) {
        String name = option.substring(0, option.indexOf('='));
        assertUserError(run("train", "--dataset", "xor", "--family", "relu", option, "--out", tmp.toString()), name);
    }

    @Test
    void divergenceIsOneClearLine(@TempDir Path tmp) {
        Result r = run("train", "--dataset", "sin", "--family", "slaf", "--degree", "5", "--clip", "0", "--lr", "50",
                "--epochs", "5", "--out", tmp.toString());
        assertUserError(r, "diverged");
        assertTrue(Files.exists(tmp.resolve("metrics.csv")), "the run up to the divergence is kept");
    }

    @Test
    void trainWritesEveryFile(@TempDir Path tmp) throws Exception {
        Result r = run("train", "--dataset", "moons", "--family", "bspline", "--hidden", "8,8", "--epochs", "2",
                "--out", tmp.toString());
        assertEquals(0, r.code(), r.err());
        List<String> out = r.out().lines().toList();
        assertTrue(out.get(out.size() - 1).matches(
                "final train_loss=\\S+ test_loss=\\S+ test_accuracy=\\S+ seconds=\\S+"), out.get(out.size() - 1));
        for (String f : List.of("metrics.csv", "activations.csv", "parameters.csv", "run.json", "activations.png",
                "activations.svg", "loss.png", "loss.svg")) {
            assertTrue(Files.size(tmp.resolve(f)) > 0, f);
        }
        List<String> metrics = Files.readAllLines(tmp.resolve("metrics.csv"));
        assertEquals("step,epoch,seconds,train_loss,test_loss,train_accuracy,test_accuracy", metrics.get(0));
        assertTrue(metrics.stream().anyMatch(l -> l.split(",", -1)[1].equals("2")), "a row at the end of epoch 2");
        List<String> acts = Files.readAllLines(tmp.resolve("activations.csv"));
        assertEquals("epoch,layer,unit,x,y", acts.get(0));
        // neuron sharing: epochs 0..2 × 2 layers × 8 units × 101 points
        assertEquals(3 * 2 * 8 * 101 + 1, acts.size());
        List<String> params = Files.readAllLines(tmp.resolve("parameters.csv"));
        assertEquals("epoch,layer,unit,index,name,value", params.get(0));
        assertEquals(3 * 2 * 8 * 21 + 1, params.size());
        String json = Files.readString(tmp.resolve("run.json"));
        assertTrue(json.contains("\"checksum\"") && json.contains("\"seed\"") && json.contains("\"version\""), json);
        assertFalse(Files.list(tmp).anyMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temp files left");
    }

    @Test
    void sameSeedSameMetrics(@TempDir Path tmp) throws Exception {
        for (String d : List.of("a", "b")) {
            assertEquals(0, run("train", "--dataset", "circles", "--family", "dyn", "--epochs", "2", "--seed", "3",
                    "--out", tmp.resolve(d).toString()).code());
        }
        assertEquals(lossColumns(tmp.resolve("a/metrics.csv")), lossColumns(tmp.resolve("b/metrics.csv")));
    }

    private static List<String> lossColumns(Path metrics) throws Exception {
        return Files.readAllLines(metrics).stream().map(l -> {
            String[] c = l.split(",", -1);
            return c[0] + "," + c[3] + "," + c[4];
        }).toList();
    }
}
