package org.activationworkbench.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a writer killed part-way leaves, and how the next writer or reader deals with it. */
class StagedFolderTest {

    @TempDir
    Path dir;

    private long deadPid;

    @BeforeEach
    void findAPidThatHasEnded() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        deadPid = p.pid();
    }

    @Test
    void aCommitCutShortIsFinishedByTheNextRecovery() throws IOException {
        oldRun();
        Path staging = staging(deadPid);
        Files.writeString(staging.resolve("a.txt"), "new a");
        Files.writeString(staging.resolve("b.txt"), "new b");
        Files.writeString(staging.resolve("run.json"), "new");
        // killed after deleting the marker and moving one file
        Files.delete(dir.resolve("run.json"));
        Files.move(staging.resolve("a.txt"), dir.resolve("a.txt"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        StagedFolder.recover(dir, "run.json");
        assertEquals(List.of("a.txt", "b.txt", "keep.txt", "run.json"), names());
        assertEquals("new a", Files.readString(dir.resolve("a.txt")));
        assertEquals("new b", Files.readString(dir.resolve("b.txt")));
        assertEquals("new", Files.readString(dir.resolve("run.json")));
        assertEquals("mine", Files.readString(dir.resolve("keep.txt")), "a file the run never wrote is left alone");
    }

    @Test
    void aStagingFolderWhoseCommitNeverBeganIsThrownAway() throws IOException {
        oldRun();
        Path complete = staging(deadPid);
        Files.writeString(complete.resolve("a.txt"), "new a");
        Files.writeString(complete.resolve("run.json"), "new");   // staged whole, but the old marker is still there
        StagedFolder.recover(dir, "run.json");
        assertEquals(List.of("a.txt", "keep.txt", "run.json"), names());
        assertEquals("old a", Files.readString(dir.resolve("a.txt")));
        assertEquals("old", Files.readString(dir.resolve("run.json")));
    }

    @Test
    void aLiveWritersStagingFolderIsLeftAlone() throws IOException {
        oldRun();
        Path live = staging(ProcessHandle.current().pid());
        Files.writeString(live.resolve("a.txt"), "new a");
        StagedFolder.recover(dir, "run.json");
        assertTrue(Files.isDirectory(live));
        assertEquals(ProcessHandle.current().pid(), StagedFolder.liveWriter(dir).getAsLong());
    }

    @Test
    void aCommittedFolderHoldsTheNewSetAndNoStaging() throws IOException {
        oldRun();
        try (StagedFolder s = StagedFolder.begin(dir, "run.json")) {
            Files.writeString(s.dir().resolve("a.txt"), "new a");
            Files.writeString(s.dir().resolve("run.json"), "new");
            s.commit();
        }
        assertEquals(List.of("a.txt", "keep.txt", "run.json"), names());
        assertEquals("new a", Files.readString(dir.resolve("a.txt")));
    }

    @Test
    void aFailedWriteLeavesTheOldRunAndNoStaging() throws IOException {
        oldRun();
        try (StagedFolder s = StagedFolder.begin(dir, "run.json")) {
            Files.writeString(s.dir().resolve("a.txt"), "half");
        }
        assertEquals(List.of("a.txt", "keep.txt", "run.json"), names());
        assertEquals("old a", Files.readString(dir.resolve("a.txt")));
    }

    @Test
    void aDeadWritersTemporaryIsRemovedByTheNextWriteOfThatFile() throws IOException {
        Path dead = Files.writeString(dir.resolve(".m.csv." + deadPid + "-77.tmp"), "half");
        Path live = Files.writeString(dir.resolve(".m.csv." + ProcessHandle.current().pid() + "-78.tmp"), "busy");
        Path other = Files.writeString(dir.resolve(".other.csv." + deadPid + "-79.tmp"), "not this file's");
        AtomicFiles.writeString(dir.resolve("m.csv"), "done");
        assertFalse(Files.exists(dead));
        assertTrue(Files.exists(live), "a running writer's temporary stays");
        assertTrue(Files.exists(other), "only the temporaries of the file written are looked at");
        assertEquals("done", Files.readString(dir.resolve("m.csv")));
    }

    private void oldRun() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "old a");
        Files.writeString(dir.resolve("keep.txt"), "mine");
        Files.writeString(dir.resolve("run.json"), "old");
    }

    private Path staging(long pid) throws IOException {
        return Files.createDirectory(dir.resolve(".staging-" + pid + "-123"));
    }

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
