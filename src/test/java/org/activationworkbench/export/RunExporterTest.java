package org.activationworkbench.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.activationworkbench.activation.Sharing;
import org.activationworkbench.experiment.EpochRunner;
import org.activationworkbench.experiment.Experiment;
import org.activationworkbench.experiment.SavedModel;
import org.activationworkbench.experiment.RunResult;
import org.activationworkbench.experiment.TestRuns;
import org.activationworkbench.experiment.WorkbenchFile;
import org.activationworkbench.experiment.SavedSession;
import org.activationworkbench.export.RunExporter.Format;
import org.activationworkbench.export.RunExporter.What;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/** Every export format is written and read back; a train folder and a workbench file give the same exports. */
class RunExporterTest {

    @TempDir
    Path dir;

    /** Set -Dplots.dir=/tmp/exp-figs to keep the files for looking at them. */
    private Path out() throws IOException {
        String keep = System.getProperty("plots.dir");
        Path d = keep != null ? Path.of(keep) : dir.resolve("out");
        Files.createDirectories(d);
        return d;
    }

    private SavedRun trainedFolder(String family, Sharing sharing) throws IOException {
        Experiment e = new Experiment(TestRuns.config("spiral", family, sharing, 4, "adam", 1));
        RunResult r = e.run(null);
        Path run = dir.resolve("run-" + family);
        RunFiles.write(run, e, r);
        assertTrue(Files.isRegularFile(run.resolve("model.json")), "train leaves model.json");
        return SavedRun.open(run);
    }

    @Test
    void everyFormatIsWrittenAndReadsBack() throws Exception {
        SavedRun run = trainedFolder("bspline", Sharing.NEURON);
        assertEquals(5, run.snapshots().size(), "epochs 0..4 read back from parameters.csv");
        Path o = out();
        RunExporter.Request base = RunExporter.Request.of(What.ACTIVATIONS, Format.PNG, o.resolve("x"));
        record Case(What what, Format format, RunExporter.EvolutionView view, String name) { }
        List<Case> cases = List.of(
                new Case(What.ACTIVATIONS, Format.PNG, null, "activations.png"),
                new Case(What.ACTIVATIONS, Format.SVG, null, "activations.svg"),
                new Case(What.EVOLUTION, Format.GIF, null, "evolution.gif"),
                new Case(What.EVOLUTION, Format.PNG, RunExporter.EvolutionView.FILMSTRIP, "filmstrip.png"),
                new Case(What.EVOLUTION, Format.SVG, RunExporter.EvolutionView.HEATMAP, "heatmap.svg"),
                new Case(What.EVOLUTION, Format.PNG, RunExporter.EvolutionView.HEATMAP, "heatmap.png"),
                new Case(What.LOSS, Format.PNG, null, "loss.png"),
                new Case(What.LOSS, Format.SVG, null, "loss.svg"),
                new Case(What.LOSS, Format.CSV, null, "loss.csv"),
                new Case(What.NUMBERS, Format.CSV, null, "numbers.csv"),
                new Case(What.NUMBERS, Format.JSON, null, "model.json"),
                new Case(What.PYTORCH, Format.PY, null, "model.py"));
        for (Case c : cases) {
            Path f = o.resolve(c.name());
            RunExporter.export(run, new RunExporter.Request(c.what(), c.format(), base.layer(), 2, 3, 40,
                    c.view() == null ? RunExporter.EvolutionView.FILMSTRIP : c.view(), RunExporter.NumbersTable.ACTIVATIONS, f));
            assertTrue(Files.size(f) > 0, c.name());
            switch (c.format()) {
                case PNG -> {
                    BufferedImage img = ImageIO.read(f.toFile());
                    assertNotNull(img, c.name());
                    assertTrue(img.getWidth() > 300, c.name());
                }
                case GIF -> assertTrue(gifFrames(f) > 1, "the GIF is animated");
                case SVG -> assertNotNull(DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(f.toFile())
                        .getElementsByTagName("metadata").item(0), c.name());
                case CSV -> assertTrue(Table.read().csv(f.toFile()).rowCount() > 0, c.name());
                case JSON -> assertEquals(run.model().dense().size(), ModelFile.read(f).dense().size());
                case PY -> assertTrue(Files.readString(f).contains("class BSpline"), c.name());
            }
        }
        String png = new String(Files.readAllBytes(o.resolve("activations.png")), java.nio.charset.StandardCharsets.ISO_8859_1);
        for (String key : List.of("family", "options", "dataset", "epoch", "seed")) assertTrue(png.contains(key), key);
    }

    @Test
    void numbersCsvMatchesWhatTrainWrote() throws IOException {
        SavedRun run = trainedFolder("dyn", Sharing.LAYER);
        Path p = dir.resolve("params.csv");
        RunExporter.export(run, new RunExporter.Request(What.NUMBERS, Format.CSV, -1, 0, 2, 40,
                RunExporter.EvolutionView.FILMSTRIP, RunExporter.NumbersTable.PARAMETERS, p));
        assertEquals(Files.readString(dir.resolve("run-dyn/parameters.csv")), Files.readString(p));
        Path a = dir.resolve("acts.csv");
        RunExporter.export(run, new RunExporter.Request(What.NUMBERS, Format.CSV, -1, 0, 2, 40,
                RunExporter.EvolutionView.FILMSTRIP, RunExporter.NumbersTable.ACTIVATIONS, a));
        assertEquals(Files.readString(dir.resolve("run-dyn/activations.csv")), Files.readString(a));
        assertTrue(Files.readString(a).startsWith("epoch,layer,unit,x,y\n"));
    }

    @Test
    void workbenchFileAndTrainFolderExportTheSameModel() throws IOException {
        Experiment e = new Experiment(TestRuns.config("spiral", "hermite", null, 2, "adam", 0));
        EpochRunner r = new EpochRunner(e);
        r.runAll(null);
        Path awb = dir.resolve("h.awb");
        WorkbenchFile.save(awb, SavedSession.capture(r));
        SavedRun fromFile = SavedRun.open(awb);
        SavedModel live = SavedModel.capture(e);
        assertArrayEquals(live.dense().get(1).weights(), fromFile.model().dense().get(1).weights());
        assertEquals(3, fromFile.snapshots().size());
        RunExporter.export(fromFile, RunExporter.Request.of(What.ACTIVATIONS, Format.SVG, dir.resolve("h.svg")));
        assertTrue(Files.readString(dir.resolve("h.svg")).contains("hermite"));
    }

    @Test
    void wrongFormatOrLayerIsAUserError() throws IOException {
        SavedRun run = trainedFolder("prelu", null);
        assertThrows(IllegalArgumentException.class, () -> RunExporter.export(run,
                RunExporter.Request.of(What.PYTORCH, Format.PNG, dir.resolve("x.png"))));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RunExporter.export(run,
                new RunExporter.Request(What.ACTIVATIONS, Format.PNG, 7, 0, 2, 40, RunExporter.EvolutionView.FILMSTRIP,
                        RunExporter.NumbersTable.ACTIVATIONS, dir.resolve("x.png"))));
        assertTrue(e.getMessage().contains("--layer"), e.getMessage());
    }

    static int gifFrames(Path f) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(f.toFile())) {
            ImageReader r = ImageIO.getImageReadersByFormatName("gif").next();
            r.setInput(in);
            int n = r.getNumImages(true);
            assertNotNull(r.read(n - 1));
            r.dispose();
            return n;
        }
    }
}
