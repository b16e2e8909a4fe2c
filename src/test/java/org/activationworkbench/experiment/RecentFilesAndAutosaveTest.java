package org.activationworkbench.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecentFilesAndAutosaveTest {

    @TempDir
    Path dir;

    @Test
    void recentFilesAreMostRecentFirstAndBounded() throws IOException {
        RecentFiles r = new RecentFiles(dir.resolve("prefs/recent.txt"), 3);
        assertEquals(List.of(), r.list());
        for (String n : List.of("a", "b", "c", "d")) r.add(dir.resolve(n + ".awb"));
        assertEquals(List.of(dir.resolve("d.awb"), dir.resolve("c.awb"), dir.resolve("b.awb")), r.list());
        r.add(dir.resolve("b.awb"));
        assertEquals(dir.resolve("b.awb"), r.list().get(0));
        assertEquals(3, r.list().size());
        r.remove(dir.resolve("c.awb"));
        assertEquals(List.of(dir.resolve("b.awb"), dir.resolve("d.awb")), new RecentFiles(dir.resolve("prefs/recent.txt"), 3).list());
        Files.writeString(dir.resolve("prefs/recent.txt"), "\0bad\n");
        assertTrue(r.list().size() <= 1, "an unreadable line is skipped, never an error");
    }

    @Test
    void autosaveWritesTheRecoveryFileUntilDiscarded() throws Exception {
        EpochRunner run = new EpochRunner(new Experiment(TestRuns.spiral("prelu", 1)));
        run.runEpoch();
        SavedSession state = SavedSession.capture(run);
        Path recovery = dir.resolve("recovery.awb");
        AtomicInteger calls = new AtomicInteger();
        assertFalse(Autosave.pendingRecovery(recovery).isPresent());
        try (Autosave a = new Autosave(recovery, () -> calls.incrementAndGet() == 1 ? null : state, null)) {
            assertFalse(a.saveNow(), "nothing to save on the first call");
            a.start(Duration.ofMillis(20));
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (!Files.exists(recovery) && System.nanoTime() < deadline) Thread.sleep(10);
        }
        assertEquals(recovery, Autosave.pendingRecovery(recovery).orElseThrow());
        assertEquals(state.metrics(), WorkbenchFile.open(recovery).metrics());
        new Autosave(recovery, () -> state, null).discard();
        assertFalse(Autosave.pendingRecovery(recovery).isPresent());
    }
}
