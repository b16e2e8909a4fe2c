package org.activationworkbench.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvPreviewTest {

    @TempDir
    Path dir;

    @Test
    void headerAndFirstRowsSplitAsTheReaderSplitsThem() throws IOException {
        CsvPreview p = preview("\uFEFFname;\"x;y\";\r\n\"a\nb\";1;2\r\n\r\nc;3;4\r\n", 8);
        assertEquals(List.of("name", "x;y", "column 3"), p.header(), "BOM, semicolons, quotes, an empty name");
        assertEquals(List.of(List.of("a\nb", "1", "2"), List.of("c", "3", "4")), p.rows());
    }

    @Test
    void readsOnlyTheRowsItShows() throws IOException {
        StringBuilder s = new StringBuilder("a,b\n");
        for (int i = 0; i < 20; i++) s.append(i).append(',').append(i).append('\n');
        s.append("\"never closed,1\n");
        Path f = dir.resolve("data.csv");
        Files.write(f, s.toString().getBytes(StandardCharsets.UTF_8));
        Files.write(f, new byte[] {(byte) 0xE9, 0, '\n'}, java.nio.file.StandardOpenOption.APPEND);
        CsvPreview p = CsvPreview.read(f, 8);
        assertEquals(8, p.rows().size(), "the broken tail is never read");
        assertEquals(List.of("7", "7"), p.rows().get(7));
    }

    @Test
    void aShortFileShowsWhatItHas() throws IOException {
        assertEquals(new CsvPreview(List.of(), List.of()), preview("", 8));
        assertEquals(new CsvPreview(List.of("a", "b"), List.of()), preview("a,b\n", 8));
    }

    @Test
    void refusesWhatTheReaderRefusesBeforeReadingRows() throws IOException {
        DatasetException binary = assertThrows(DatasetException.class, () -> preview("a,b\n1,\u0000\n", 8));
        assertTrue(binary.getMessage().startsWith("data.csv is not a text file"), binary.getMessage());
        Path huge = dir.resolve("huge.csv");
        try (RandomAccessFile raf = new RandomAccessFile(huge.toFile(), "rw")) {
            raf.setLength(CsvDatasetReader.MAX_BYTES + 1); // sparse
        }
        DatasetException big = assertThrows(DatasetException.class, () -> CsvPreview.read(huge, 8));
        assertEquals("huge.csv is 1.0 GB; files over 1 GB are refused; use a sample of the rows", big.getMessage());
        DatasetException missing = assertThrows(DatasetException.class,
                () -> CsvPreview.read(dir.resolve("gone.csv"), 8));
        assertTrue(missing.getMessage().startsWith("gone.csv: cannot read the file"), missing.getMessage());
    }

    private CsvPreview preview(String text, int rows) throws IOException {
        Path f = dir.resolve("data.csv");
        Files.writeString(f, text);
        return CsvPreview.read(f, rows);
    }
}
