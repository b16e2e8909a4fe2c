package org.activationworkbench.data;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The head of a user's CSV file: its column names and first rows, split exactly as {@link CsvDatasetReader}
 * splits the whole file (same decoding, byte-order mark, separator detection and tokenizer) but reading only
 * as many bytes as those rows take.
 *
 * @param header column names as --target and --ignore name them (empty when the file has no lines)
 * @param rows   the first data rows, each as its fields
 */
public record CsvPreview(List<String> header, List<List<String>> rows) {

    /** A head longer than this (very wide rows) is cut at its last whole line. */
    static final int MAX_HEAD_BYTES = 4 << 20;

    public CsvPreview {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
    }

    /**
     * Reads the header and up to {@code maxRows} rows.
     *
     * @throws DatasetException when the file cannot be read, is too large, binary or not UTF-8
     */
    public static CsvPreview read(Path file, int maxRows) {
        String fileName = CsvDatasetReader.fileName(file);
        byte[] head;
        try {
            CsvDatasetReader.refuseTooLarge(file);
            head = head(file, maxRows + 1);
        } catch (IOException e) {
            throw CsvDatasetReader.cannotRead(fileName, e);
        }
        String text = Utf8Text.decode(fileName, head);
        List<CsvTokenizer.Record> records = CsvTokenizer.tokenize(fileName, text, CsvTokenizer.detectSeparator(text));
        if (records.isEmpty()) return new CsvPreview(List.of(), List.of());
        List<String> header = CsvDatasetReader.columnNames(fileName, records.get(0));
        List<List<String>> rows = records.subList(1, Math.min(records.size(), maxRows + 1)).stream()
                .map(CsvTokenizer.Record::fields).toList();
        return new CsvPreview(header, rows);
    }

    /** The bytes of the first {@code lines} lines; a line break inside quotes does not end a line. */
    private static byte[] head(Path file, int lines) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int lastLineEnd = 0;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            boolean quoted = false;
            int seen = 0;
            for (int b = in.read(); b != -1; b = in.read()) {
                out.write(b);
                if (b == '"') {
                    quoted = !quoted;
                } else if (b == '\n' && !quoted) {
                    lastLineEnd = out.size();
                    if (++seen == lines) break;
                }
                if (out.size() >= MAX_HEAD_BYTES) {
                    // never hand the decoder half a character or the tokenizer half a quoted field
                    return lastLineEnd > 0 ? Arrays.copyOf(out.toByteArray(), lastLineEnd) : out.toByteArray();
                }
            }
        }
        return out.toByteArray();
    }
}
