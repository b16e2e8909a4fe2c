package org.activationworkbench.data;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;

/**
 * Reads a CSV file record by record, straight from its bytes: nothing but the current record is held, so a file
 * of any size streams through. Handles quoted fields (separators, line breaks and doubled quotes inside), CRLF
 * and CR line ends, blank lines and a UTF-8 byte-order mark; detects the separator (comma, semicolon or tab) from
 * the header line; keeps each record's line number for messages. Every byte is checked as it is consumed: a NUL
 * byte (a binary or UTF-16 file) or a byte that is not valid UTF-8 is refused with its offset and line. Fields
 * are trimmed (of ASCII spaces and control characters, as {@link String#trim}).
 */
final class CsvRecords implements Closeable {

    private static final int CHUNK = 1 << 16;

    private final String fileName;
    private final InputStream in;
    private final byte sep;
    private final MessageDigest digest = Checksums.sha256();

    private final byte[] buf = new byte[CHUNK];
    private int pos;
    private int limit;
    private long offset;   // file offset of buf[pos]
    private boolean eof;

    /** The current record: field i is rec[starts[i] .. ends[i]). */
    private byte[] rec = new byte[256];
    private int recLen;
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private int count;
    private int recordLine;
    private int line = 1;

    private final Utf8Check utf8 = new Utf8Check();

    private CsvRecords(String fileName, InputStream in, byte sep) {
        this.fileName = fileName;
        this.in = in;
        this.sep = sep;
    }

    /** Opens the source, first reading its header line once to find the separator. */
    static CsvRecords open(ByteSource source) throws IOException {
        byte sep;
        try (InputStream head = source.open()) {
            sep = detectSeparator(head);
        }
        InputStream in = source.open();
        try {
            CsvRecords r = new CsvRecords(source.name(), in, sep);
            r.skipByteOrderMark();
            return r;
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /** The separator that occurs most often outside quotes in the first line; comma when none does. */
    static byte detectSeparator(InputStream in) throws IOException {
        int commas = 0, semicolons = 0, tabs = 0;
        boolean quoted = false;
        byte[] b = new byte[CHUNK];
        outer:
        for (int n = in.read(b); n > 0; n = in.read(b)) {
            for (int i = 0; i < n; i++) {
                byte c = b[i];
                if (c == '"') quoted = !quoted;
                else if (!quoted && (c == '\n' || c == '\r')) break outer;
                else if (!quoted && c == ',') commas++;
                else if (!quoted && c == ';') semicolons++;
                else if (!quoted && c == '\t') tabs++;
            }
        }
        if (tabs > commas && tabs >= semicolons) return '\t';
        if (semicolons > commas) return ';';
        return ',';
    }

    private void skipByteOrderMark() throws IOException {
        if (peek() == 0xEF) {
            fill(3);
            if (limit - pos >= 3 && (buf[pos + 1] & 0xFF) == 0xBB && (buf[pos + 2] & 0xFF) == 0xBF) {
                pos += 3;
                offset += 3;
            }
        }
    }

    /** Moves to the next record that is not blank; false at the end of the file. */
    boolean next() throws IOException {
        while (!eof || pos < limit) {
            if (readRecord()) return true;
        }
        return false;
    }

    int line() {
        return recordLine;
    }

    int size() {
        return count;
    }

    /** The bytes of the current record; field i is {@code bytes()[start(i) .. end(i))}. */
    byte[] bytes() {
        return rec;
    }

    int start(int i) {
        return starts[i];
    }

    int end(int i) {
        return ends[i];
    }

    String text(int i) {
        return new String(rec, starts[i], ends[i] - starts[i], StandardCharsets.UTF_8);
    }

    /** Bytes consumed so far. */
    long offset() {
        return offset;
    }

    /** SHA-256 of every byte of the file; call after {@link #next()} returned false. */
    String sha256() {
        return Checksums.hex(digest.digest());
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** Reads one record; false when it was blank (a blank line, or a blank last line). */
    private boolean readRecord() throws IOException {
        count = 0;
        recLen = 0;
        recordLine = line;
        int fieldStart = 0;
        boolean anyQuote = false;
        boolean inQuotes = false;
        int quoteLine = 0;
        while (true) {
            if (!inQuotes) copyPlainRun();
            int b = take();
            if (b < 0) {
                if (inQuotes) {
                    throw new DatasetException(fileName + " line " + quoteLine + ": a quoted field is never closed; "
                            + "add the closing \" (write \"\" for a quote inside a quoted field)");
                }
                endField(fieldStart);
                return !blank(anyQuote);
            }
            if (inQuotes) {
                if (b == '"') {
                    if (peek() == '"') {
                        take();
                        append('"');
                    } else {
                        inQuotes = false;
                    }
                } else if (b == '\r' && peek() == '\n') {
                    // CRLF inside a quoted field becomes LF; the LF is counted on the next step
                } else {
                    if (b == '\n') line++;
                    append(b);
                }
            } else if (b == '"' && blankSince(fieldStart)) {
                inQuotes = true;
                anyQuote = true;
                quoteLine = line;
                recLen = fieldStart;
            } else if (b == sep) {
                fieldStart = endField(fieldStart);
            } else if (b == '\n' || b == '\r') {
                if (b == '\r' && peek() == '\n') take();
                endField(fieldStart);
                line++;
                return !blank(anyQuote);
            } else {
                append(b);
            }
        }
    }

    /**
     * Copies the plain bytes ahead (ASCII, not NUL, not a quote, separator or line end) into the record at once:
     * the common case of a field, which needs none of the byte-by-byte rules.
     */
    private void copyPlainRun() {
        if (!utf8.complete()) return;
        int end = pos;
        while (end < limit) {
            byte c = buf[end];
            if (c <= 0 || c == '"' || c == sep || c == '\n' || c == '\r') break;
            end++;
        }
        int n = end - pos;
        if (n == 0) return;
        if (recLen + n > rec.length) rec = Arrays.copyOf(rec, Math.max(rec.length * 2, recLen + n));
        System.arraycopy(buf, pos, rec, recLen, n);
        recLen += n;
        pos = end;
        offset += n;
    }

    private boolean blank(boolean anyQuote) {
        return count == 1 && ends[0] == starts[0] && !anyQuote;
    }

    /** True when the field so far is whitespace only (as {@link String#isBlank} for ASCII). */
    private boolean blankSince(int fieldStart) {
        for (int i = fieldStart; i < recLen; i++) {
            int c = rec[i];
            if (!(c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F))) return false;
        }
        return true;
    }

    /** Closes the field that began at fieldStart (trimmed); returns where the next one begins. */
    private int endField(int fieldStart) {
        int s = fieldStart;
        int e = recLen;
        while (s < e && (rec[s] & 0xFF) <= ' ') s++;
        while (e > s && (rec[e - 1] & 0xFF) <= ' ') e--;
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
            ends = Arrays.copyOf(ends, count * 2);
        }
        starts[count] = s;
        ends[count] = e;
        count++;
        return recLen;
    }

    private void append(int b) {
        if (recLen == rec.length) rec = Arrays.copyOf(rec, rec.length * 2);
        rec[recLen++] = (byte) b;
    }

    /** The next byte, checked, or -1 at the end. */
    private int take() throws IOException {
        if (pos == limit && !fill(1)) return -1;
        int b = buf[pos] & 0xFF;
        if (b == 0) throw nul(offset);
        if (!utf8.accept(b, offset)) throw notUtf8();
        pos++;
        offset++;
        return b;
    }

    /** The next byte without consuming it, or -1 at the end. */
    private int peek() throws IOException {
        if (pos == limit && !fill(1)) return -1;
        return buf[pos] & 0xFF;
    }

    /** Makes at least {@code want} bytes available if the file has them; false at the end of the file. */
    private boolean fill(int want) throws IOException {
        if (limit - pos >= want) return true;
        if (eof) {
            if (pos < limit) return true;
            if (!utf8.complete()) throw notUtf8();
            return false;
        }
        int keep = limit - pos;
        System.arraycopy(buf, pos, buf, 0, keep);
        pos = 0;
        limit = keep;
        while (limit < want) {
            int n = in.read(buf, limit, buf.length - limit);
            if (n < 0) {
                eof = true;
                break;
            }
            digest.update(buf, limit, n);
            limit += n;
        }
        if (limit == 0 && eof && !utf8.complete()) throw notUtf8();
        return limit > 0;
    }

    private DatasetException nul(long at) {
        return new DatasetException(fileName + " is not a text file (NUL byte at offset " + at + ", line " + line
                + "); give a UTF-8 CSV file (if it is UTF-16, save it as UTF-8)");
    }

    /** Invalid UTF-8; a NUL just ahead (UTF-16 text) is the better explanation and is reported instead. */
    private DatasetException notUtf8() {
        for (int i = pos; i < limit && i < pos + 4096; i++) {
            if (buf[i] == 0) return nul(offset + (i - pos));
        }
        return new DatasetException(String.format("%s line %d: byte 0x%02X at offset %d is not valid UTF-8; "
                + "save the file with UTF-8 encoding", fileName, utf8.badLine(), utf8.badByte(), utf8.badOffset()));
    }

    /**
     * The UTF-8 rules of RFC 3629 byte by byte (no overlong forms, no surrogates, nothing above U+10FFFF). An error
     * is reported at the first byte of the sequence it spoils (a bad first byte, or the lead of a sequence whose
     * continuation is wrong or cut off by the end of the file), as Java's decoder reports it.
     */
    private final class Utf8Check {
        private int pending;        // continuation bytes still expected
        private int lo = 0x80;      // allowed range of the next continuation byte
        private int hi = 0xBF;
        private long leadOffset;
        private int leadByte;
        private int leadLine;

        boolean accept(int b, long at) {
            if (pending == 0) {
                if (b < 0x80) return true;
                leadOffset = at;
                leadByte = b;
                leadLine = line;
                lo = 0x80;
                hi = 0xBF;
                if (b >= 0xC2 && b <= 0xDF) pending = 1;
                else if (b == 0xE0) { pending = 2; lo = 0xA0; }
                else if (b == 0xED) { pending = 2; hi = 0x9F; }
                else if (b >= 0xE1 && b <= 0xEF) pending = 2;
                else if (b == 0xF0) { pending = 3; lo = 0x90; }
                else if (b == 0xF4) { pending = 3; hi = 0x8F; }
                else if (b >= 0xF1 && b <= 0xF3) pending = 3;
                else return false;
                return true;
            }
            if (b < lo || b > hi) return false;
            pending--;
            lo = 0x80;
            hi = 0xBF;
            return true;
        }

        boolean complete() {
            return pending == 0;
        }

        long badOffset() {
            return leadOffset;
        }

        int badByte() {
            return leadByte;
        }

        int badLine() {
            return leadLine;
        }
    }
}
