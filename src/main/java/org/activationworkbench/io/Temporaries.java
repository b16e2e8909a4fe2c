package org.activationworkbench.io;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Names of the temporary files and folders this program writes before renaming them into place, and the sweep
 * that removes those a killed process left behind. A temporary's name carries the writer's process id
 * (".metrics.csv.4711-8345.tmp"), so a later process can tell a dead writer's leftovers (removed) from a live
 * writer's work in progress (left alone).
 */
public final class Temporaries {

    /** Suffix of temporary files. */
    public static final String SUFFIX = ".tmp";

    private Temporaries() {
    }

    /** The prefix of a temporary for {@code name} written by this process: ".NAME.PID-". */
    public static String prefix(String name) {
        return "." + name + "." + ProcessHandle.current().pid() + "-";
    }

    /** Deletes the temporaries of {@code name} in {@code dir} whose writer has ended; never fails. */
    public static void sweep(Path dir, String name) {
        String lead = "." + name + ".";
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, p -> isStray(p.getFileName().toString(), lead))) {
            for (Path p : s) Files.deleteIfExists(p);
        } catch (IOException | RuntimeException e) {
            // a leftover we cannot remove is harmless: nothing reads temporaries
        }
    }

    private static boolean isStray(String file, String lead) {
        if (!file.startsWith(lead) || !file.endsWith(SUFFIX)) return false;
        String middle = file.substring(lead.length(), file.length() - SUFFIX.length());
        int dash = middle.indexOf('-');
        return dash > 0 && ownerGone(middle.substring(0, dash));
    }

    /** True when {@code pid} (text) names no running process; false for anything that is not a process id. */
    public static boolean ownerGone(String pid) {
        try {
            long id = Long.parseLong(pid);
            return id != ProcessHandle.current().pid() && ProcessHandle.of(id).isEmpty();
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
