package org.activationworkbench.io;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collection;

/**
 * Where a write to a path the user named really goes, decided once for every writer ({@link AtomicFiles}):
 * <ul>
 * <li>a symbolic link is followed, as editors and {@code cp} do: the file it points to is replaced, the link
 *     stays a link (a loop of links is an error);</li>
 * <li>a regular file, or a name that does not exist yet, is written atomically (temporary file, then rename);</li>
 * <li>a character device or a named pipe ({@code /dev/null}, {@code /dev/stdout}, a FIFO) is written through,
 *     as {@code cp} and shell redirection do; it is never replaced by a regular file;</li>
 * <li>a folder, a block device, a socket or any other special file is refused.</li>
 * </ul>
 *
 * @param requested the path as given
 * @param file      the path written: {@code requested} with symbolic links followed, absolute
 * @param device    true when {@code file} is a character device or a named pipe, written through
 */
public record OutputTarget(Path requested, Path file, boolean device) {

    /** As the kernel's limit on nested links. */
    private static final int MAX_LINKS = 40;

    /** Resolves {@code requested}; refuses what must never be written over. */
    public static OutputTarget of(Path requested) throws IOException {
        Path file = followLinks(requested);
        FileKinds.Kind kind = FileKinds.of(file);
        return switch (kind) {
            case MISSING, REGULAR -> new OutputTarget(requested, file, false);
            case CHARACTER_DEVICE, FIFO -> new OutputTarget(requested, file, true);
            case DIRECTORY -> throw new FileSystemException(requested.toString(), null,
                    "it is a folder; give a file name");
            default -> throw new FileSystemException(requested.toString(), null, "it is "
                    + FileKinds.describe(kind) + "; only files, character devices and pipes are written");
        };
    }

    /** The path with every symbolic link along the last name followed (links in the folders resolve by themselves). */
    static Path followLinks(Path requested) throws IOException {
        Path p = requested.toAbsolutePath();
        for (int hops = 0; Files.isSymbolicLink(p); hops++) {
            if (hops == MAX_LINKS) {
                throw new FileSystemException(requested.toString(), null, "it is a loop of symbolic links");
            }
            p = p.getParent().resolve(Files.readSymbolicLink(p));
        }
        return p;
    }

    /**
     * Checks, without creating anything that stays, that this target can be written: a device must be writable;
     * for a file, the nearest existing folder on its path must be a folder in which this process can create a
     * file (a temporary one is created and deleted). Run it before long work, so that a bad --out fails at once.
     *
     * @param option how messages name the path, e.g. "--out"
     * @throws IllegalArgumentException naming the option, the path and the reason
     */
    public OutputTarget checkWritable(String option) {
        if (device) {
            if (!Files.isWritable(file)) throw unusable(option, requested, "permission denied");
            return this;
        }
        checkFolderWritable(option, requested, file.getParent());
        return this;
    }

    /**
     * As {@link #checkWritable} for a folder to be created or filled ({@code train --out DIR}): an existing
     * {@code dir} must be a folder this process can write in; a missing one needs a writable existing ancestor.
     */
    public static void checkFolderWritable(String option, Path dir) {
        checkFolderWritable(option, dir, dir.toAbsolutePath());
    }

    private static void checkFolderWritable(String option, Path requested, Path folder) {
        Path existing = folder;
        while (existing != null && !Files.exists(existing)) existing = existing.getParent();
        if (existing == null) throw unusable(option, requested, "no folder on its path exists");
        try {
            FileKinds.Kind kind = FileKinds.of(existing);
            if (kind != FileKinds.Kind.DIRECTORY) {
                throw unusable(option, requested, existing + " is " + FileKinds.describe(kind) + ", not a folder");
            }
        } catch (IOException e) {
            throw unusable(option, requested, FileKinds.reason(existing, e));
        }
        try {
            Files.delete(Files.createTempFile(existing, Temporaries.prefix("write-check"), Temporaries.SUFFIX));
        } catch (java.nio.file.AccessDeniedException e) {
            throw unusable(option, requested, "permission denied in the folder " + existing);
        } catch (IOException e) {
            String why = e instanceof FileSystemException fs && fs.getReason() != null
                    ? fs.getReason().toLowerCase(java.util.Locale.ROOT) : "files cannot be created there";
            throw unusable(option, requested, why + " (" + existing + ")");
        }
    }

    /**
     * Refuses to write over one of the command's own inputs (export --run s.awb --out s.awb).
     *
     * @param inputs the files the command reads
     */
    public OutputTarget refuseInputs(String option, Collection<Path> inputs, String inputOption) {
        for (Path in : inputs) {
            try {
                if (Files.exists(file) && Files.exists(in) && Files.isSameFile(file, in)) {
                    throw new IllegalArgumentException(option + " " + requested + " is " + in + ", which " + inputOption
                            + " reads; writing there would destroy it, so choose another file name");
                }
            } catch (NoSuchFileException e) {
                // gone meanwhile: no overlap
            } catch (IOException e) {
                throw unusable(option, requested, FileKinds.reason(file, e));
            }
        }
        return this;
    }

    private static IllegalArgumentException unusable(String option, Path p, String why) {
        return new IllegalArgumentException(option + " " + p + " cannot be written: " + why);
    }
}
