package org.activationworkbench.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.activationworkbench.activation.Sharing;
import org.activationworkbench.experiment.Experiment;
import org.activationworkbench.experiment.RunResult;
import org.activationworkbench.experiment.TestRuns;
import org.activationworkbench.export.RunExporter.Format;
import org.activationworkbench.export.RunExporter.NumbersTable;
import org.activationworkbench.export.RunExporter.What;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.activationworkbench.plot.Figure;
import org.activationworkbench.plot.Painter;
import org.activationworkbench.plot.RunPlots;
import org.activationworkbench.plot.Theme;

/** Exports in pieces report every piece in order and stop at the next one once cancelled, leaving the target alone. */
class ExportProgressTest {

    private static SavedRun run;

    @TempDir
    Path dir;

    /** Remembers every step; cancels once {@code cancelAt} pieces are done (never when 0). */
    private static final class Recorder implements ExportProgress {
        final List<Integer> done = Collections.synchronizedList(new ArrayList<>());
        final List<Integer> totals = Collections.synchronizedList(new ArrayList<>());
        final List<String> units = Collections.synchronizedList(new ArrayList<>());
        private final int cancelAt;

        Recorder(int cancelAt) {
            this.cancelAt = cancelAt;
        }

        @Override
        public void step(int d, int total, String unit) {
            done.add(d);
            totals.add(total);
            units.add(unit);
        }

        @Override
        public boolean cancelled() {
            return cancelAt > 0 && !done.isEmpty() && done.get(done.size() - 1) >= cancelAt;
        }
    }

    /** A plain figure that counts how often it is drawn. */
    private static final class CountingFigure implements Figure {
        final AtomicInteger draws;

        CountingFigure(AtomicInteger draws) {
            this.draws = draws;
        }

        @Override
        public double preferredWidth() {
            return 120;
        }

        @Override
        public double preferredHeight() {
            return 80;
        }

        @Override
        public void draw(Painter p, double width, double height, Theme theme) {
            draws.incrementAndGet();
            p.setColor(theme.background());
            p.fillRect(0, 0, width, height);
        }
    }

    @BeforeAll
    static void train() {
        Experiment e = new Experiment(TestRuns.config("spiral", "bspline", Sharing.NEURON, 12, "adam", 3));
        RunResult r = e.run(null);
        run = SavedRun.of(e, r);
    }

    private static List<Integer> oneTo(int n) {
        return IntStream.rangeClosed(1, n).boxed().toList();
    }

    @Test
    void aGifExportReportsEveryFrameInOrderUpToTheTotal() throws IOException {
        Path gif = dir.resolve("evolution.gif");
        Recorder steps = new Recorder(0);
        RunExporter.export(run, new RunExporter.Request(What.EVOLUTION, Format.GIF, RunPlots.ALL_LAYERS, 0, 1, 8,
                RunExporter.EvolutionView.FILMSTRIP, NumbersTable.ACTIVATIONS, gif), Theme.light(), steps);
        assertEquals(oneTo(8), steps.done, "one step per frame, increasing, ending at the total");
        assertTrue(steps.totals.stream().allMatch(t -> t == 8));
        assertTrue(steps.units.stream().allMatch("frame"::equals));
        assertEquals(8, RunExporterTest.gifFrames(gif));
    }

    @Test
    void aCancelledGifStopsAtTheNextFrameAndLeavesTheTargetAlone() throws IOException {
        AtomicInteger draws = new AtomicInteger();
        List<Figure> frames = new ArrayList<>();
        List<String> stamps = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            frames.add(new CountingFigure(draws));
            stamps.add("frame " + i);
        }
        Path gif = dir.resolve("old.gif");
        Files.writeString(gif, "the old file");
        Recorder cancelAfter3 = new Recorder(3);
        assertThrows(CancellationException.class, () -> GifExporter.write(frames, stamps, gif, 1, 100, null,
                Theme.light(), cancelAfter3));
        assertEquals(List.of(1, 2, 3), cancelAfter3.done);
        assertEquals(3, draws.get(), "no frame is drawn after the cancel");
        assertEquals("the old file", Files.readString(gif));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(gif), files.toList(), "no temporary file is left");
        }
    }

    @Test
    void tablesWrittenSnapshotBySnapshotAreTheWholeTablesText() throws IOException {
        for (NumbersTable table : List.of(NumbersTable.ACTIVATIONS, NumbersTable.PARAMETERS)) {
            Path csv = dir.resolve(table + ".csv");
            Recorder steps = new Recorder(0);
            RunExporter.export(run, new RunExporter.Request(What.NUMBERS, Format.CSV, RunPlots.ALL_LAYERS, 0, 2, 40,
                    RunExporter.EvolutionView.FILMSTRIP, table, csv), Theme.light(), steps);
            var whole = table == NumbersTable.ACTIVATIONS
                    ? RunTables.activations(run.info().activation(), run.snapshots())
                    : RunTables.parameters(run.info().activation(), run.snapshots());
            assertEquals(RunTables.csv(whole), Files.readString(csv), table + ": same text as one table");
            assertEquals(oneTo(run.snapshots().size()), steps.done, table + ": one step per snapshot");
            assertTrue(steps.units.stream().allMatch("snapshot"::equals));
        }
    }

    @Test
    void aCancelledTableExportWritesNothing() throws IOException {
        Path csv = dir.resolve("numbers.csv");
        Recorder cancelAfter2 = new Recorder(2);
        assertThrows(CancellationException.class, () -> RunExporter.export(run, new RunExporter.Request(What.NUMBERS,
                Format.CSV, RunPlots.ALL_LAYERS, 0, 2, 40, RunExporter.EvolutionView.FILMSTRIP,
                NumbersTable.ACTIVATIONS, csv), Theme.light(), cancelAfter2));
        assertEquals(List.of(1, 2), cancelAfter2.done);
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count(), "neither the file nor a temporary one");
        }
    }
}
