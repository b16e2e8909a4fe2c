package org.activationworkbench.data;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** Writes unsigned-byte IDX files (gzipped when the name ends in .gz); for tests and the subset tool. */
final class IdxWriter {

    private IdxWriter() {
    }

    static void write(Path path, int[] dims, byte[] data) throws IOException {
        try (OutputStream file = Files.newOutputStream(path);
             OutputStream out = path.toString().endsWith(".gz") ? new GZIPOutputStream(file, 1 << 16) : file;
             DataOutputStream d = new DataOutputStream(out)) {
            d.writeInt(0x0800 | dims.length);
            for (int dim : dims) d.writeInt(dim);
            d.write(data);
        }
    }
}
