package org.activationworkbench.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes at most {@code limit} bytes through and fails on the next one: a compressed entry or stream whose
 * content is far larger than it may be (a decompression bomb) is stopped after the limit instead of filling the
 * memory or the disk. Closing it does not close the stream below (a parser that closes its input at the end
 * leaves the rest to be checked).
 */
public final class BoundedInputStream extends FilterInputStream {

    /** Thrown when more than the limit would be read. */
    public static final class LimitExceededException extends IOException {
        public LimitExceededException(long limit) {
            super("more than " + limit + " bytes");
        }
    }

    private final long limit;
    private long count;

    public BoundedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = in.read();
        if (b >= 0) count(1);
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = in.read(b, off, len);
        if (n > 0) count(n);
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long s = in.skip(n);
        if (s > 0) count(s);
        return s;
    }

    /** Bytes passed through so far. */
    public long count() {
        return count;
    }

    private void count(long n) throws IOException {
        count += n;
        if (count > limit) throw new LimitExceededException(limit);
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    @Override
    public void close() {
        // the owner of the stream below closes it
    }
}
