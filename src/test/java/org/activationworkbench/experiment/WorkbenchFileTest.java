package org.activationworkbench.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.activationworkbench.activation.Sharing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkbenchFileTest {

    @TempDir
    Path dir;

    private static EpochRunner trained(ExperimentConfig c, int epochs) {
        EpochRunner r = new EpochRunner(new Experiment(c));
        for (int e = 0; e < epochs; e++) assertTrue(r.runEpoch());
        return r;
    }

    @Test
    void roundTripKeepsTheWholeHistory() throws IOException {
        EpochRunner r = trained(TestRuns.spiral("bspline", 3), 3);
        SavedSession s = SavedSession.capture(r);
        Path f = dir.resolve("run.awb");
        WorkbenchFile.save(f, s);
        SavedSession back = WorkbenchFile.open(f);
        assertEquals(s.metrics(), back.metrics());
        assertEquals(s.snapshots().size(), back.snapshots().size());
        for (int i = 0; i < s.snapshots().size(); i++) {
            Snapshot a = s.snapshots().get(i), b = back.snapshots().get(i);
            assertEquals(a.step(), b.step());
            assertEquals(a.epoch(), b.epoch());
            assertEquals(a.metrics(), b.metrics());
            for (int l = 0; l < a.layers().size(); l++) {
                assertArrayEquals(a.layers().get(l).params(), b.layers().get(l).params());
                assertArrayEquals(a.layers().get(l).histogram().counts(), b.layers().get(l).histogram().counts());
            }
        }
        assertEquals(s.training().steps(), back.training().steps());
        assertArrayEquals(s.model().dense().get(0).weights(), back.model().dense().get(0).weights());
        assertEquals(s.config().hidden(), back.config().hidden());
        assertEquals(s.config().training(), back.config().training());
    }

    /** Losses of a run saved after 2 epochs, reopened and trained on equal those of a run never interrupted. */
    @ParameterizedTest
    @CsvSource({"bspline,adam,", "dyn,sgd,neuron", "fourier,adamw,layer"})
    void resumedRunEqualsUninterruptedRun(String family, String optimizer, String sharing) throws IOException {
        Sharing share = sharing == null ? null : Sharing.parse(sharing);
        ExperimentConfig c = TestRuns.config("spiral", family, share, 5, optimizer, 7);
        RunResult straight = new Experiment(c).run(null);

        EpochRunner first = trained(c, 2);
        Path f = dir.resolve("half.awb");
        WorkbenchFile.save(f, SavedSession.capture(first));
        RunResult resumed = WorkbenchFile.open(f).restore().runAll(null);

        assertEquals(straight.metrics().size(), resumed.metrics().size());
        for (int i = 0; i < straight.metrics().size(); i++) {
            MetricsRow a = straight.metrics().get(i), b = resumed.metrics().get(i);
            assertEquals(a.step(), b.step());
            assertEquals(a.trainLoss(), b.trainLoss(), 0.0, "train loss row " + i);
            assertEquals(a.testLoss(), b.testLoss(), 0.0, "test loss row " + i);
        }
        Snapshot endA = straight.epochSnapshots().get(5), endB = resumed.epochSnapshots().get(5);
        assertArrayEquals(endA.layers().get(1).params(), endB.layers().get(1).params());
    }

    /** Saved two steps into an epoch: the resumed run's metrics rows, training loss included, equal the straight run's. */
    @Test
    void aRunSavedMidEpochResumesWithTheSameMetrics() throws IOException {
        ExperimentConfig base = TestRuns.config("spiral", "bspline", null, 2, "adam", 3);
        // 1,600 training rows, batch 32: 50 steps an epoch, a metrics row every 5 steps
        ExperimentConfig c = new ExperimentConfig(base.dataset(), base.data().withSamples(2000), base.activation(), base.sharing(), base.hidden(), base.training(), null, null);
        RunResult straight = new Experiment(c).run(null);

        EpochRunner first = trained(c, 1);
        first.experiment().session().step();
        first.experiment().session().step();
        assertEquals(52, first.experiment().session().steps());
        SavedSession saved = SavedSession.capture(first);
        assertEquals(2 * 32, saved.training().tally().rows(), "two batches since the last metrics row");
        Path f = dir.resolve("mid.awb");
        WorkbenchFile.save(f, saved);
        RunResult resumed = WorkbenchFile.open(f).restore().runAll(null);

        assertEquals(straight.metrics().size(), resumed.metrics().size());
        for (int i = 0; i < straight.metrics().size(); i++) {
            MetricsRow a = straight.metrics().get(i), b = resumed.metrics().get(i);
            assertEquals(a.step(), b.step(), "row " + i);
            assertEquals(a.trainLoss(), b.trainLoss(), 0.0, "train loss row " + i + " (step " + a.step() + ")");
            assertEquals(a.trainAccuracy(), b.trainAccuracy(), 0.0, "train accuracy row " + i);
        }
    }

    /** Files saved before the tally existed have no "tally" in training.json: they read as an empty one. */
    @Test
    void aTrainingPositionWithoutATallyReadsAsEmpty() throws IOException {
        String old = "{\"steps\":7,\"epochsDone\":0,\"cursor\":224,\"optimizer\":\"adam\",\"optimizerSteps\":7,"
                + "\"stepCounters\":[7],\"buffers\":{}}";
        TrainingPosition t = Json.mapper().readValue(old, TrainingPosition.class);
        assertEquals(org.activationworkbench.train.TrainingSession.RunningTally.EMPTY, t.tally());
        assertEquals(224, t.cursor());
    }

    @Test
    void aCrashMidSaveLeavesTheOldFileIntact() throws IOException {
        Path f = dir.resolve("keep.awb");
        SavedSession old = SavedSession.capture(trained(TestRuns.spiral("prelu", 1), 1));
        WorkbenchFile.save(f, old);
        byte[] before = Files.readAllBytes(f);
        SavedSession newer = SavedSession.capture(trained(TestRuns.spiral("prelu", 3), 3));
        IOException crash = assertThrows(IOException.class,
                () -> WorkbenchFile.save(f, newer, out -> new FailAfter(out, 2000)));
        assertEquals("disk full (simulated)", crash.getMessage());
        assertArrayEquals(before, Files.readAllBytes(f));
        assertEquals(old.metrics(), WorkbenchFile.open(f).metrics());
        try (var files = Files.list(dir)) {
            assertEquals(List.of(f), files.toList(), "no temporary file left behind");
        }
    }

    @Test
    void truncatedFileGivesOneClearMessage() throws IOException {
        Path good = dir.resolve("good.awb");
        WorkbenchFile.save(good, SavedSession.capture(trained(TestRuns.spiral("dyn", 1), 1)));
        byte[] all = Files.readAllBytes(good);
        Path cut = dir.resolve("cut.awb");
        Files.write(cut, java.util.Arrays.copyOf(all, all.length / 2));
        WorkbenchFileException e = assertThrows(WorkbenchFileException.class, () -> WorkbenchFile.open(cut));
        assertTrue(e.getMessage().startsWith("cannot open " + cut + ": "), e.getMessage());
        assertTrue(e.getMessage().contains("truncated or corrupt"), e.getMessage());
    }

    @Test
    void garbageAndFutureVersionsAreRefusedWithAReason() throws IOException {
        Path junk = dir.resolve("junk.awb");
        Files.writeString(junk, "this is not a zip");
        assertTrue(assertThrows(WorkbenchFileException.class, () -> WorkbenchFile.open(junk)).getMessage()
                .contains("junk.awb"));

        Path future = dir.resolve("future.awb");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(future))) {
            z.putNextEntry(new ZipEntry("workbench.json"));
            z.write("{\"format\":\"activation-workbench\",\"version\":99}".getBytes());
            z.closeEntry();
        }
        String m = assertThrows(WorkbenchFileException.class, () -> WorkbenchFile.open(future)).getMessage();
        assertTrue(m.contains("newer") && m.contains("99") && m.contains("future.awb"), m);

        Path corrupt = dir.resolve("corrupt.awb");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(corrupt))) {
            z.putNextEntry(new ZipEntry("workbench.json"));
            z.write("{\"format\":\"activation-workbench\",\"version\":1}".getBytes());
            z.closeEntry();
            z.putNextEntry(new ZipEntry("config.json"));
            z.write("{\"dataset\": [".getBytes());
            z.closeEntry();
        }
        m = assertThrows(WorkbenchFileException.class, () -> WorkbenchFile.open(corrupt)).getMessage();
        assertTrue(m.contains("corrupt") && m.contains("corrupt.awb"), m);
        assertThrows(WorkbenchFileException.class, () -> WorkbenchFile.open(dir.resolve("missing.awb")));
    }

    /** An output stream that fails after n bytes, like a full disk. */
    static final class FailAfter extends FilterOutputStream {
        private long left;

        FailAfter(OutputStream out, long n) {
            super(out);
            this.left = n;
        }

        @Override
        public void write(int b) throws IOException {
            if (--left < 0) throw new IOException("disk full (simulated)");
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            for (int i = 0; i < len; i++) write(b[off + i]);
        }
    }
}
