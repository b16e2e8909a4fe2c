package org.activationworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.activationworkbench.activation.Activation;
import org.activationworkbench.experiment.EpochRunner;
import org.activationworkbench.experiment.Experiment;
import org.activationworkbench.experiment.Json;
import org.activationworkbench.experiment.LayerSnapshot;
import org.activationworkbench.experiment.SavedModel;
import org.activationworkbench.experiment.Snapshot;
import org.activationworkbench.experiment.WorkbenchFile;
import org.activationworkbench.experiment.SavedSession;
import org.activationworkbench.export.SavedRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bspline's default --grid follow: the splines end up where their inputs are (≤ 5 % outside, on the spiral and in
 * the sin preset), and the moved grids are saved, so a run read back draws and continues each layer where its
 * knots were.
 */
class FollowedGridTest {

    private static final Pattern SHARES = Pattern.compile("layer (\\d+) ([0-9.]+) %");

    @TempDir
    Path dir;

    private static List<Double> outsideShares(String stdout) {
        String line = stdout.lines().filter(l -> l.startsWith("outside the grid")).findFirst().orElseThrow(
                () -> new AssertionError("no outside-the-grid line in: " + stdout));
        Matcher m = SHARES.matcher(line);
        List<Double> shares = new java.util.ArrayList<>();
        while (m.find()) shares.add(Double.parseDouble(m.group(2)));
        return shares;
    }

    @Test
    void theSpiralsSplinesEndWithAlmostAllTheirInputsInsideTheirGrids() throws Exception {
        Path out = dir.resolve("spiral");
        CliTest.Result r = CliTest.run("train", "--dataset", "spiral", "--family", "bspline", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        List<Double> shares = outsideShares(r.out());
        assertEquals(2, shares.size(), r.out());
        for (double s : shares) assertTrue(s <= 5, "outside the grid: " + shares + " %");

        JsonNode run = Json.mapper().readTree(out.resolve("run.json").toFile());
        assertEquals(2, run.get("model").get("outsideShares").size());
        Path numbers = dir.resolve("numbers.json");
        assertEquals(0, CliTest.run("export", "--run", out.toString(), "--what", "numbers", "--out", numbers.toString())
                .code());
        JsonNode layers = Json.mapper().readTree(numbers.toFile()).get("activations");
        for (int l = 0; l < 2; l++) {
            assertEquals(shares.get(l) / 100, layers.get(l).get("outsideShare").asDouble(), 0.0006, "layer " + (l + 1));
        }
        assertTrue(Files.exists(out.resolve("grids.csv")));

        // the grids moved (the spiral's inputs are not [-3, 3]) and are what the saved run draws at its end
        SavedRun saved = SavedRun.open(out);
        SavedModel m = saved.model();
        boolean moved = false;
        for (int l = 0; l < 2; l++) {
            double[] g = m.activations().get(l).grid();
            assertNotNull(g);
            moved |= g[0] != -3 || g[1] != 3;
            LayerSnapshot last = saved.last().layers().get(l);
            assertArrayEquals(g, last.activationOr(saved.info().activation()).workingRange(), 1e-9);
            assertArrayEquals(g, m.activation(l).workingRange(), 1e-9);
        }
        assertTrue(moved, "follow moved at least one grid");
        // the first snapshot is the initialisation, on the config's grid
        Snapshot first = saved.snapshots().get(0);
        assertArrayEquals(new double[] {-3, 3}, first.layers().get(0).activationOr(saved.info().activation())
                .workingRange(), 1e-9);
    }

    @Test
    void theSinPresetEndsWithAlmostAllInputsInsideTheGrid() {
        CliTest.Result r = CliTest.run("train", "--preset", "sin", "--out", dir.resolve("sin").toString());
        assertEquals(0, r.code(), r.err());
        for (double s : outsideShares(r.out())) assertTrue(s <= 5, r.out());
    }

    @Test
    void aReopenedWorkbenchFileContinuesOnTheMovedGrids() throws Exception {
        Experiment e = new Experiment(org.activationworkbench.experiment.TestRuns.spiral("bspline", 6)
                .withActivation(org.activationworkbench.activation.ActivationSpec.of("bspline").with("grid", "follow")));
        EpochRunner runner = new EpochRunner(e);
        runner.runAll(null);
        double loss = e.session().evaluate(e.dataset().test()).loss();
        Path awb = dir.resolve("moved.awb");
        WorkbenchFile.save(awb, SavedSession.capture(runner));

        EpochRunner back = WorkbenchFile.open(awb).restore();
        for (int l = 0; l < e.network().activationLayers().size(); l++) {
            Activation was = e.network().activationLayers().get(l).activation();
            Activation is = back.experiment().network().activationLayers().get(l).activation();
            assertArrayEquals(was.workingRange(), is.workingRange(), 0, "layer " + l);
        }
        assertEquals(loss, back.experiment().session().evaluate(back.experiment().dataset().test()).loss(), 1e-9,
                "the reopened network computes what the saved one did");
    }
}
