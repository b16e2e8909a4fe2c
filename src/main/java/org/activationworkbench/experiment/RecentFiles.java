package org.activationworkbench.experiment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.activationworkbench.io.AtomicFiles;

/**
 * The recently opened or saved workbench files: absolute paths, most recent first, at most {@code max},
 * kept in a small text file (one path a line). A missing or unreadable store is an empty list, never an error:
 * the menu of recent files must not stop the window from opening.
 */
public final class RecentFiles {

    public static final int DEFAULT_MAX = 10;

    private final Path store;
    private final int max;

    public RecentFiles(Path store, int max) {
        if (max < 1) throw new IllegalArgumentException("max must be at least 1, got " + max);
        this.store = store;
        this.max = max;
    }

    /** The user's own list, in {@link UserDirs#config()}. */
    public static RecentFiles forUser() {
        return new RecentFiles(UserDirs.config().resolve("recent-files.txt"), DEFAULT_MAX);
    }

    /** Most recent first. */
    public synchronized List<Path> list() {
        if (!Files.isRegularFile(store)) return List.of();
        try {
            List<Path> out = new ArrayList<>();
            for (String line : Files.readAllLines(store, StandardCharsets.UTF_8)) {
                if (line.isBlank()) continue;
                try {
                    Path p = Path.of(line.trim());
                    if (!out.contains(p) && out.size() < max) out.add(p);
                } catch (InvalidPathException ignored) {
                    // a line from another system: skip it
                }
            }
            return List.copyOf(out);
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Moves (or adds) a file to the top, dropping the oldest beyond the bound. */
    public synchronized void add(Path file) throws IOException {
        Path p = file.toAbsolutePath().normalize();
        List<Path> paths = new ArrayList<>(list());
        paths.remove(p);
        paths.add(0, p);
        write(paths.subList(0, Math.min(max, paths.size())));
    }

    /** Forgets a file (e.g. one that no longer exists). */
    public synchronized void remove(Path file) throws IOException {
        List<Path> paths = new ArrayList<>(list());
        if (paths.remove(file.toAbsolutePath().normalize()) || paths.remove(file)) write(paths);
    }

    public synchronized void clear() throws IOException {
        write(List.of());
    }

    private void write(List<Path> paths) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (Path p : paths) sb.append(p).append('\n');
        AtomicFiles.writeString(store, sb);
    }
}
