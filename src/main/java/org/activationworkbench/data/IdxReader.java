package org.activationworkbench.data;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.activationworkbench.core.MemoryBudget;

/**
 * Reads IDX files (the MNIST format) of unsigned bytes, gzipped or not (decided by the gzip magic, not the
 * name). The values are read in one bulk call: a full Fashion-MNIST image file takes a fraction of a second.
 */
public final class IdxReader {

    /** IDX type code for unsigned bytes, the only type MNIST-style data uses. */
    private static final int UBYTE = 0x08;
    private static final int BUFFER = 1 << 16;

    private IdxReader() {
    }

    public static IdxArray read(Path path) {
        return read(ByteSource.of(path));
    }

    /**
     * Reads one IDX file. Before anything is allocated the header's sizes are checked: their product must fit an
     * array, a plain file must be as long as the header says, and the values (and their float copy, four bytes
     * each, that the dataset makes) must fit in the memory. A gzip stream that unpacks to more than the header
     * announces is refused at its first extra byte, never read to its end.
     */
    public static IdxArray read(ByteSource source) {
        boolean gzip = false;
        try (InputStream in = decompressed(source.open())) {
            gzip = in instanceof GZIPInputStream;
            int[] dims = header(source.name(), in);
            long expected = values(source.name(), dims);
            long headerBytes = 4 + 4L * dims.length;
            if (!gzip && source.size() >= 0 && source.size() < headerBytes + expected) {
                throw truncated(source.name(), dims, expected, source.size() - headerBytes);
            }
            String missing = MemoryBudget.shortfall(5 * expected);
            if (missing != null) {
                throw new DatasetException(source.name() + ": its " + describe(dims) + " values " + missing
                        + ", or use fewer images");
            }
            byte[] data = new byte[(int) expected];
            int got = in.readNBytes(data, 0, data.length);
            if (got < expected) throw truncated(source.name(), dims, expected, got);
            if (in.read() != -1) {
                throw new DatasetException(source.name() + ": more bytes follow the " + describe(dims)
                        + " values the header announces" + (gzip ? " (it unpacks to more)" : "")
                        + "; is this really an IDX file?");
            }
            return new IdxArray(source.name(), dims, data);
        } catch (IOException e) {
            throw ioError(source.name(), e);
        }
    }

    /** The product of the dimensions, refused when it cannot be one array (a corrupt or hostile header). */
    private static long values(String name, int[] dims) {
        long n = 1;
        for (int d : dims) {
            n *= d;
            if (n > Integer.MAX_VALUE - 16) {
                throw new DatasetException(name + ": the header announces " + describe(dims) + " values, more than the "
                        + (Integer.MAX_VALUE - 16) + " one array can hold; the header is probably corrupt");
            }
        }
        return n;
    }

    private static DatasetException truncated(String name, int[] dims, long expected, long got) {
        return new DatasetException(name + ": file is truncated: the header announces " + describe(dims) + " = "
                + expected + " bytes of data but only " + Math.max(0, got) + " follow; download or copy the file again");
    }

    /** Just the dimensions, reading only the header (cheap even for a large gzipped file). */
    public static int[] readDims(ByteSource source) {
        try (InputStream in = decompressed(source.open())) {
            return header(source.name(), in);
        } catch (IOException e) {
            throw ioError(source.name(), e);
        }
    }

    /** Wraps the stream in a gzip decoder when it starts with the gzip magic 1f 8b. */
    private static InputStream decompressed(InputStream raw) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, BUFFER);
        in.mark(2);
        int b0 = in.read();
        int b1 = in.read();
        in.reset();
        return b0 == 0x1f && b1 == 0x8b ? new GZIPInputStream(in, BUFFER) : in;
    }

    private static int[] header(String name, InputStream in) throws IOException {
        byte[] magic = in.readNBytes(4);
        if (magic.length < 4) throw truncatedHeader(name);
        int ndims = magic[3] & 0xFF;
        if (magic[0] != 0 || magic[1] != 0 || (magic[2] & 0xFF) != UBYTE || ndims == 0) {
            throw new DatasetException(String.format("%s: bad magic number 0x%08X; an unsigned-byte IDX file starts "
                    + "with 0x00000801 (labels) or 0x00000803 (images); is this an IDX file?", name, readInt(magic, 0)));
        }
        byte[] sizes = in.readNBytes(4 * ndims);
        if (sizes.length < 4 * ndims) throw truncatedHeader(name);
        int[] dims = new int[ndims];
        for (int i = 0; i < ndims; i++) {
            dims[i] = readInt(sizes, 4 * i);
            if (dims[i] < 0) {
                throw new DatasetException(name + ": dimension " + (i + 1) + " is negative (" + dims[i]
                        + "); the header is corrupt");
            }
        }
        return dims;
    }

    private static int readInt(byte[] b, int off) {
        return (b[off] & 0xFF) << 24 | (b[off + 1] & 0xFF) << 16 | (b[off + 2] & 0xFF) << 8 | (b[off + 3] & 0xFF);
    }

    private static String describe(int[] dims) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < dims.length; i++) s.append(i == 0 ? "" : "×").append(dims[i]);
        return s.toString();
    }

    private static DatasetException truncatedHeader(String name) {
        return new DatasetException(name + ": file is truncated: it ends inside the IDX header; "
                + "download or copy the file again");
    }

    private static DatasetException ioError(String name, IOException e) {
        if (e instanceof EOFException) {
            return new DatasetException(name + ": the gzip data is truncated; download or copy the file again", e);
        }
        if (e instanceof ZipException) {
            return new DatasetException(name + ": the gzip data is corrupt (" + e.getMessage()
                    + "); download or copy the file again", e);
        }
        return new DatasetException(name + ": cannot read the file (" + e.getMessage() + ")", e);
    }
}
