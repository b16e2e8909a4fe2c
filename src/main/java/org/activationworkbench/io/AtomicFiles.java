package org.activationworkbench.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes a file so that readers see either the old content or the new, never half of it: the bytes go to
 * a temporary file in the same folder, which then replaces the target by an atomic rename. Where the bytes
 * may go at all is {@link OutputTarget}'s decision: links are followed, devices and pipes written through,
 * folders and other special files refused. Temporaries carry the process id; those of a writer that was
 * killed are removed by the next write of the same file ({@link Temporaries}).
 */
public final class AtomicFiles {

    /** Writes the content of one file to a stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final int BUFFER = 1 << 16;

    private AtomicFiles() {
    }

    public static void write(Path target, Content content) throws IOException {
        OutputTarget t = OutputTarget.of(target);
        if (t.device()) {
            writeThrough(t.file(), content);
            return;
        }
        Path dir = t.file().getParent();
        Files.createDirectories(dir);
        Path tmp = temporaryBeside(t.file());
        try {
            try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(tmp), BUFFER)) {
                content.writeTo(out);
            }
            move(tmp, t.file());
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Moves a finished file over {@code target} in one step, with the permissions the target had, or rw-r--r--
     * for a new file. {@code written} should sit in the target's folder (a link to elsewhere is copied there first);
     * a device or pipe target receives the bytes and {@code written} is deleted.
     */
    public static void replace(Path written, Path target) throws IOException {
        OutputTarget t = OutputTarget.of(target);
        if (t.device()) {
            try (InputStream in = Files.newInputStream(written)) {
                writeThrough(t.file(), in::transferTo);
            }
            Files.delete(written);
            return;
        }
        if (written.toAbsolutePath().getParent().equals(t.file().getParent())) {
            move(written, t.file());
            return;
        }
        Path tmp = temporaryBeside(t.file());
        try {
            Files.copy(written, tmp, StandardCopyOption.REPLACE_EXISTING);
            move(tmp, t.file());
            Files.delete(written);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    public static void writeString(Path target, CharSequence text) throws IOException {
        write(target, out -> out.write(text.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /** A new temporary in the folder of {@code file}, after removing those of dead writers of the same file. */
    private static Path temporaryBeside(Path file) throws IOException {
        Path dir = file.getParent();
        String name = file.getFileName().toString();
        Temporaries.sweep(dir, name);
        return Files.createTempFile(dir, Temporaries.prefix(name), Temporaries.SUFFIX);
    }

    private static void writeThrough(Path device, Content content) throws IOException {
        try (OutputStream out = new java.io.BufferedOutputStream(
                Files.newOutputStream(device, StandardOpenOption.WRITE), BUFFER)) {
            content.writeTo(out);
        }
    }

    private static void move(Path tmp, Path file) throws IOException {
        keepOrDefaultPermissions(tmp, file);
        try {
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Temporary files are created owner-only (0600); the result should read like any other file: the old file's
     * permissions when it is replaced, rw-r--r-- for a new one.
     */
    private static void keepOrDefaultPermissions(Path tmp, Path target) throws IOException {
        if (!Files.getFileStore(tmp).supportsFileAttributeView(PosixFileAttributeView.class)) return;
        Set<PosixFilePermission> perms = Files.exists(target)
                ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(tmp, perms);
    }
}
