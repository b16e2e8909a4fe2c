package org.activationworkbench.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * What a path the user named is, and why it cannot be used, in words: "a character device", "a loop of symbolic
 * links", "permission denied on the folder /x". Every message about a user's file that goes wrong below the
 * level of its content (it is missing, unreadable, not a file) is worded here, so they all read alike.
 */
public final class FileKinds {

    /** What sits at a path, following symbolic links. */
    public enum Kind { MISSING, REGULAR, DIRECTORY, CHARACTER_DEVICE, FIFO, BLOCK_DEVICE, SOCKET, OTHER }

    private static final int S_IFMT = 0170000;
    private static final int S_IFIFO = 0010000;
    private static final int S_IFCHR = 0020000;
    private static final int S_IFBLK = 0060000;
    private static final int S_IFSOCK = 0140000;

    private FileKinds() {
    }

    /**
     * The kind of file at {@code p} (symbolic links followed).
     *
     * @throws IOException when it cannot be told: a loop of links, a folder on the way that may not be searched, …
     *                     (use {@link #reason} for the words)
     */
    public static Kind of(Path p) throws IOException {
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(p, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return Kind.MISSING;   // a missing name, or a link to one
        } catch (FileSystemException e) {
            // a loop of links: ELOOP, "Too many levels of symbolic links"
            if (e.getReason() != null && e.getReason().toLowerCase(java.util.Locale.ROOT).contains("levels of symbolic")) {
                throw new FileSystemLoopException(p.toString());
            }
            throw e;
        }
        if (a.isRegularFile()) return Kind.REGULAR;
        if (a.isDirectory()) return Kind.DIRECTORY;
        return special(p);
    }

    private static Kind special(Path p) {
        try {
            int mode = (Integer) Files.getAttribute(p, "unix:mode");
            return switch (mode & S_IFMT) {
                case S_IFCHR -> Kind.CHARACTER_DEVICE;
                case S_IFIFO -> Kind.FIFO;
                case S_IFBLK -> Kind.BLOCK_DEVICE;
                case S_IFSOCK -> Kind.SOCKET;
                default -> Kind.OTHER;
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return Kind.OTHER;
        }
    }

    /** "a character device", "a folder", … for messages. */
    public static String describe(Kind k) {
        return switch (k) {
            case MISSING -> "missing";
            case REGULAR -> "a file";
            case DIRECTORY -> "a folder";
            case CHARACTER_DEVICE -> "a character device";
            case FIFO -> "a named pipe";
            case BLOCK_DEVICE -> "a block device";
            case SOCKET -> "a socket";
            case OTHER -> "a special file";
        };
    }

    /**
     * Why an operation on {@code file} failed, in words: "there is no such file", "permission denied",
     * "permission denied on the folder /a/b", "a loop of symbolic links", "no space left on the device", …
     */
    public static String reason(Path file, IOException e) {
        if (e instanceof FileSystemLoopException) return "it is a loop of symbolic links";
        if (e instanceof NoSuchFileException) {
            Path missingParent = firstMissingFolder(file);
            return missingParent != null && !missingParent.equals(file.toAbsolutePath())
                    ? "the folder " + missingParent + " does not exist" : "there is no such file";
        }
        if (e instanceof NotDirectoryException) return "a part of the path is not a folder";
        if (e instanceof AccessDeniedException) {
            Path locked = firstUnsearchableFolder(file);
            return locked != null ? "permission denied on the folder " + locked : "permission denied";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            String r = fs.getReason();
            if (r.contains("levels of symbolic")) return "it is a loop of symbolic links";
            return Character.toLowerCase(r.charAt(0)) + r.substring(1);
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }

    /** The message of an IOException about {@code file}: "FILE: REASON". */
    public static String message(Path file, IOException e) {
        return file + ": " + reason(file, e);
    }

    /** The nearest folder above {@code file} that the process may not search (x bit), or null. */
    private static Path firstUnsearchableFolder(Path file) {
        for (Path folder : folders(file.toAbsolutePath().getParent())) {
            if (Files.isDirectory(folder) && !Files.isExecutable(folder)) return folder;
        }
        return null;
    }

    /** The first folder or file on the way to {@code file} that does not exist, or null when they all do. */
    private static Path firstMissingFolder(Path file) {
        for (Path p : folders(file.toAbsolutePath())) {
            if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) return p;
        }
        return null;
    }

    /** The root's children down to {@code last} (included), in that order; empty for the root or null. */
    private static java.util.List<Path> folders(Path last) {
        java.util.List<Path> out = new java.util.ArrayList<>();
        if (last == null) return out;
        for (Path p = last; p != null && p.getParent() != null; p = p.getParent()) out.add(0, p);
        return out;
    }
}
