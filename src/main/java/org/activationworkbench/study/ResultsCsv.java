package org.activationworkbench.study;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.activationworkbench.io.AtomicFiles;

/** The one results.csv writer of every study: a header, then rows of numbers and words (quoted when needed). */
public final class ResultsCsv {

    public static final String FILE = "results.csv";

    private final List<String> columns;
    private final List<String> lines = new ArrayList<>();

    public ResultsCsv(String... columns) {
        this.columns = List.of(columns);
    }

    /** One row; doubles get round-trip precision (NaN → empty), everything else its string. */
    public ResultsCsv row(Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException(values.length + " values for " + columns.size() + " columns");
        }
        List<String> cells = new ArrayList<>();
        for (Object v : values) cells.add(cell(v));
        lines.add(String.join(",", cells));
        return this;
    }

    public int rows() {
        return lines.size();
    }

    public void write(Path dir) throws IOException {
        StringBuilder sb = new StringBuilder(String.join(",", columns)).append('\n');
        for (String l : lines) sb.append(l).append('\n');
        AtomicFiles.writeString(dir.resolve(FILE), sb);
    }

    private static String cell(Object v) {
        if (v == null) return "";
        if (v instanceof Double d) return Fmt.csv(d);
        if (v instanceof Float f) return Fmt.csv(f);
        String s = v.toString();
        return s.contains(",") || s.contains("\"") ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
