package org.activationworkbench.cli;

import static org.activationworkbench.cli.CliTest.assertUserError;
import static org.activationworkbench.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `export` and `compare` on the command line: outputs, and one `error:` line with exit 2 on bad input. */
class ExportCompareCliTest {

    @TempDir
    static Path dir;
    static Path runDir;

    @BeforeAll
    static void train() {
        runDir = dir.resolve("run");
        CliTest.Result r = run("train", "--dataset", "xor", "--family", "tropical", "--hidden", "6", "--epochs", "3",
                "--out", runDir.toString());
        assertEquals(0, r.code(), r.err());
    }

    @Test
    void exportWritesTheFileItIsAskedFor() throws Exception {
        Path out = dir.resolve("evo.gif");
        CliTest.Result r = run("export", "--run", runDir.toString(), "--what", "evolution", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.size(out) > 0);
        r = run("export", "--run", runDir.toString(), "--what", "activations", "--layer", "1", "--format", "svg",
                "--scale", "3", "--out", dir.resolve("a.svg").toString());
        assertEquals(0, r.code(), r.err());
    }

    /** A fixed family has no activation parameters: its folder's snapshots come from the metrics' epochs. */
    @Test
    void aFixedFamilyRunFolderExports() throws Exception {
        Path relu = dir.resolve("relu");
        assertEquals(0, run("train", "--dataset", "xor", "--family", "relu", "--hidden", "4", "--epochs", "3", "--out",
                relu.toString()).code());
        for (String what : new String[] {"activations", "evolution", "loss", "pytorch"}) {
            Path out = dir.resolve("relu-" + what + (what.equals("pytorch") ? ".py" : what.equals("evolution") ? ".gif" : ".png"));
            CliTest.Result r = run("export", "--run", relu.toString(), "--what", what, "--out", out.toString());
            assertEquals(0, r.code(), what + ": " + r.err());
            assertTrue(Files.size(out) > 0);
        }
    }

    @Test
    void exportUserErrors() {
        assertUserError(run("export", "--run", dir.resolve("nope").toString(), "--what", "loss", "--out",
                dir.resolve("l.png").toString()), "nope");
        assertUserError(run("export", "--run", runDir.toString(), "--what", "shapes", "--out",
                dir.resolve("l.png").toString()), "--what");
        assertUserError(run("export", "--run", runDir.toString(), "--what", "pytorch", "--format", "png", "--out",
                dir.resolve("l.png").toString()), "--format");
        assertUserError(run("export", "--run", runDir.toString(), "--what", "activations", "--layer", "5", "--out",
                dir.resolve("l.png").toString()), "--layer");
        assertUserError(run("export", "--run", runDir.toString(), "--what", "activations", "--scale", "9", "--out",
                dir.resolve("l.png").toString()), "--scale");
        assertUserError(run("export", "--run", dir.resolve("run/metrics.csv").toString(), "--what", "loss", "--out",
                dir.resolve("l.png").toString()), "metrics.csv");
        assertUserError(run("export", "--what", "loss", "--out", "x.png"), "--run");
    }

    @Test
    void compareWritesTableAndPlots() throws Exception {
        Path out = dir.resolve("cmp");
        CliTest.Result r = run("compare", "--dataset", "xor", "--families", "relu,prelu", "--seeds", "2", "--hidden", "5",
                "--epochs", "2", "--target-loss", "0.5", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(5, Files.readAllLines(out.resolve("compare.csv")).size());
        assertTrue(Files.exists(out.resolve("curves.svg")) && Files.exists(out.resolve("activations.png")));
    }

    @Test
    void matchParamsOnTheSpiralBringsEveryNetworkWithin5Percent() throws Exception {
        Path out = dir.resolve("fair");
        CliTest.Result r = run("compare", "--dataset", "spiral", "--families", "relu,bspline,hermite", "--seeds", "1",
                "--hidden", "16,16", "--epochs", "1", "--match-params", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = Files.readAllLines(out.resolve("compare.csv"));
        List<String> header = List.of(lines.get(0).split(","));
        int total = header.indexOf("total_parameters"), before = header.indexOf("unmatched_total_parameters");
        long max = 0, min = Long.MAX_VALUE;
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split(",");
            long n = Long.parseLong(c[total]);
            max = Math.max(max, n);
            min = Math.min(min, n);
            assertTrue(Long.parseLong(c[before]) > 0, "the count before matching is shown: " + line);
        }
        assertEquals(4, lines.size());
        assertTrue(max <= 1.05 * 1026 && min >= 0.95 * 1026, min + " … " + max + " against bspline's 1026");
        assertTrue(r.out().contains("before matching"), r.out());
        // seconds per epoch with three significant digits, not rounded to 0.001
        String secs = lines.get(1).split(",")[header.indexOf("seconds_per_epoch")];
        assertTrue(secs.replaceFirst("^0\\.0*", "").replace(".", "").length() == 3, secs);
        assertTrue(Files.exists(out.resolve("compare-summary.csv")));
    }

    @Test
    void compareUserErrors() {
        String o = dir.resolve("c2").toString();
        assertUserError(run("compare", "--dataset", "xor", "--families", "relu,nosuch", "--out", o), "nosuch");
        assertUserError(run("compare", "--dataset", "nodata", "--families", "relu", "--out", o), "nodata");
        assertUserError(run("compare", "--dataset", "xor", "--families", "relu", "--seeds", "0", "--out", o), "--seeds");
        assertUserError(run("compare", "--dataset", "xor", "--families", "relu", "--target-loss", "-1", "--out", o),
                "--target-loss");
        assertUserError(run("compare", "--dataset", "xor", "--families", "relu", "--params", "0", "--out", o), "--params");
        assertUserError(run("compare", "--dataset", "xor", "--families", "relu", "--params", "3", "--out", o), "±5 %");
        assertUserError(run("compare", "--dataset", "xor", "--families", "relu", "--epochs", "x", "--out", o), "--epochs");
    }
}
