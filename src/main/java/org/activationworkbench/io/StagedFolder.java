package org.activationworkbench.io;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * Replaces a set of files in a folder as one change, so that the folder holds either the old set or the whole new
 * one (a `train` run folder: metrics, tables, model, plots). The new files are written into a staging folder
 * inside it (".staging-PID-N", same file system, so moves are renames); {@link #commit} then deletes the
 * folder's marker file (run.json), moves every staged file into place, and moves the new marker last. A folder
 * without its marker is incomplete and readers refuse it.
 *
 * <p>A process killed on the way leaves its staging folder behind; {@link #recover} (run by the next writer and
 * by readers) finishes a commit that had begun (the staged marker is there and the folder's is gone) and throws
 * away a staging folder whose commit never began. The files the staging never touches are left alone.
 */
public final class StagedFolder implements Closeable {

    private static final String STAGING = ".staging-";

    private final Path dir;
    private final Path staging;
    private final String marker;
    private boolean committed;

    private StagedFolder(Path dir, Path staging, String marker) {
        this.dir = dir;
        this.staging = staging;
        this.marker = marker;
    }

    /**
     * Creates {@code dir} if needed, recovers what a killed writer left, and opens a staging folder.
     *
     * @param marker the file written last into the staging folder and moved into place last
     */
    public static StagedFolder begin(Path dir, String marker) throws IOException {
        Files.createDirectories(dir);
        recover(dir, marker);
        Path staging = Files.createTempDirectory(dir, STAGING + ProcessHandle.current().pid() + "-");
        return new StagedFolder(dir, staging, marker);
    }

    /** Where the new files are written. The marker must be the last one. */
    public Path dir() {
        return staging;
    }

    /** Moves the staged files into the folder, the marker last. */
    public void commit() throws IOException {
        if (!Files.isRegularFile(staging.resolve(marker))) {
            throw new IllegalStateException(marker + " was not written into the staging folder");
        }
        moveIn(dir, staging, marker);
        committed = true;
    }

    /** Throws the staging folder away unless it was committed. */
    @Override
    public void close() throws IOException {
        if (!committed) deleteTree(staging);
    }

    /**
     * Cleans up after writers that were killed: a staging folder of an ended process is moved in when its commit
     * had begun, else deleted. Staging folders of running processes are left alone.
     */
    public static void recover(Path dir, String marker) throws IOException {
        for (Path s : stagingFolders(dir)) {
            if (!Temporaries.ownerGone(pidOf(s))) continue;
            boolean commitBegun = Files.isRegularFile(s.resolve(marker)) && !Files.exists(dir.resolve(marker));
            if (commitBegun) moveIn(dir, s, marker);
            else deleteTree(s);
        }
    }

    /** The process id of a running process that is writing into {@code dir}, if any. */
    public static OptionalLong liveWriter(Path dir) {
        try {
            for (Path s : stagingFolders(dir)) {
                String pid = pidOf(s);
                if (!Temporaries.ownerGone(pid)) return OptionalLong.of(Long.parseLong(pid));
            }
        } catch (IOException | NumberFormatException e) {
            // unreadable: no writer known
        }
        return OptionalLong.empty();
    }

    private static void moveIn(Path dir, Path staging, String marker) throws IOException {
        Files.deleteIfExists(dir.resolve(marker));
        List<Path> files;
        try (Stream<Path> s = Files.list(staging)) {
            files = s.filter(p -> !p.getFileName().toString().equals(marker)).sorted().toList();
        }
        for (Path f : files) AtomicFiles.replace(f, dir.resolve(f.getFileName().toString()));
        AtomicFiles.replace(staging.resolve(marker), dir.resolve(marker));
        deleteTree(staging);
    }

    private static List<Path> stagingFolders(Path dir) throws IOException {
        List<Path> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) return out;
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir,
                p -> p.getFileName().toString().startsWith(STAGING) && Files.isDirectory(p))) {
            s.forEach(out::add);
        }
        return out;
    }

    /** ".staging-4711-123" → "4711". */
    private static String pidOf(Path staging) {
        String rest = staging.getFileName().toString().substring(STAGING.length());
        int dash = rest.indexOf('-');
        return dash < 0 ? rest : rest.substring(0, dash);
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
