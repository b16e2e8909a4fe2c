package org.activationworkbench.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The head of a user's CSV file: its column names and first rows, split exactly as {@link CsvDatasetReader}
 * splits the whole file (the same {@link CsvRecords}: decoding, byte-order mark, separator detection and
 * quoting) but reading only as many bytes as those rows take.
 *
 * @param header column names as --target and --ignore name them (empty when the file has no lines)
 * @param rows   the first data rows, each as its fields
 */
public record CsvPreview(List<String> header, List<List<String>> rows) {

    /** Rows past this many bytes of the file (very wide rows) are not shown. */
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
        try {
            CsvDatasetReader.refuseTooLarge(file);
            try (CsvRecords r = CsvRecords.open(ByteSource.of(file))) {
                if (!r.next()) return new CsvPreview(List.of(), List.of());
                List<String> header = CsvTable.columnNames(fileName, r);
                List<List<String>> rows = new ArrayList<>();
                while (rows.size() < maxRows && r.offset() < MAX_HEAD_BYTES && r.next()) {
                    List<String> fields = new ArrayList<>(r.size());
                    for (int i = 0; i < r.size(); i++) fields.add(r.text(i));
                    rows.add(fields);
                }
                return new CsvPreview(header, rows);
            }
        } catch (IOException e) {
            throw CsvDatasetReader.cannotRead(file, e);
        }
    }
}
