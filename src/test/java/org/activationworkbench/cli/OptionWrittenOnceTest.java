package org.activationworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.activationworkbench.activation.TestFamilies;
import org.activationworkbench.experiment.Experiment;
import org.activationworkbench.experiment.ExperimentRecipe;
import org.activationworkbench.experiment.Json;
import org.activationworkbench.experiment.SavedModel;
import org.activationworkbench.experiment.RunResult;
import org.activationworkbench.experiment.WorkbenchFile;
import org.activationworkbench.experiment.SavedSession;
import org.activationworkbench.export.PyTorchExport;
import org.activationworkbench.data.Dataset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A family option declared in one place (the test family's declaration) reaches `train --help`, `families`, the
 * checks of `train`, the saved workbench file and the PyTorch export, with no other edit. (The window's form:
 * ui.shell.OptionWrittenOnceFormTest.)
 */
class OptionWrittenOnceTest {

    @BeforeEach
    void register() {
        TestFamilies.registerWobbly();
    }

    @AfterEach
    void unregister() {
        TestFamilies.unregisterWobbly();
    }

    private static String run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(buf, true, StandardCharsets.UTF_8);
        System.setOut(capture);
        System.setErr(capture);
        try {
            WorkbenchCli.execute(args);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theHelpAndTheFamiliesListingShowIt() {
        String help = run("train", "--help").replaceAll("\\s+", " ");
        assertTrue(help.contains("--wobble=X"), help);
        assertTrue(help.contains("A throw-away option of a test family (bspline-wobbly: 0 to 1, default 0.25)"), help);
        String families = run("families");
        assertTrue(families.contains("bspline-wobbly\tlearnable\t--knots 21 --range -3,3 --init relu --grid fixed --wobble 0.25"),
                families);
    }

    @Test
    void trainChecksItsRangeAndOtherFamiliesRefuseIt(@TempDir Path dir) {
        String tooBig = run("train", "--dataset", "xor", "--family", TestFamilies.WOBBLY, "--wobble", "3",
                "--out", dir.resolve("a").toString());
        assertTrue(tooBig.startsWith("error: option --wobble must be between 0 and 1, got 3"), tooBig);
        String elsewhere = run("train", "--dataset", "xor", "--family", "relu", "--wobble", "0.5",
                "--out", dir.resolve("b").toString());
        assertTrue(elsewhere.startsWith("error: option --wobble does not apply to family relu"), elsewhere);
    }

    @Test
    void theSavedFileAndThePyTorchExportCarryIt(@TempDir Path dir) throws Exception {
        ExperimentRecipe r = new ExperimentRecipe("xor", Map.of("family", TestFamilies.WOBBLY, "wobble", 0.7,
                "epochs", 1));
        Dataset data = r.loadData();
        Experiment e = new Experiment(r.config(data), data);
        RunResult result = e.run(null);
        Path file = dir.resolve("wobbly.awb");
        WorkbenchFile.save(file, SavedSession.capture(e, result.metrics(), result.epochSnapshots()));
        SavedSession back = WorkbenchFile.open(file);
        assertEquals(0.7, back.config().activation().options().get("wobble"));
        String config = Json.pretty().writeValueAsString(back.config());
        assertTrue(config.contains("\"wobble\" : 0.7"), config);
        String torch = PyTorchExport.source(SavedModel.capture(e));
        assertTrue(torch.contains("Activation options: bspline-wobbly --knots 21 --range -3,3 --init relu --grid fixed --wobble 0.7"),
                torch.substring(0, 600));
        assertTrue(Files.size(file) > 0);
    }
}
