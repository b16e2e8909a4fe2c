package org.activationworkbench.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Something that can be opened for reading, with the name to use in messages (a file or a bundled resource). */
public interface ByteSource {

    /** The name shown in error messages, e.g. "train-images-idx3-ubyte.gz". */
    String name();

    InputStream open() throws IOException;

    /** The size in bytes when it is known without reading (a file), else -1. */
    default long size() {
        return -1;
    }

    static ByteSource of(Path path) {
        return new ByteSource() {
            @Override
            public String name() {
                Path f = path.getFileName();
                return f == null ? path.toString() : f.toString();
            }

            @Override
            public InputStream open() throws IOException {
                return Files.newInputStream(path);
            }

            @Override
            public long size() {
                try {
                    return Files.isRegularFile(path) ? Files.size(path) : -1;
                } catch (IOException e) {
                    return -1;
                }
            }
        };
    }
}
