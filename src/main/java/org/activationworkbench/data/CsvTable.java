package org.activationworkbench.data;

import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A CSV file read in one streaming pass into the columns it is used by (the target and the features; ignored
 * columns are only checked for their field count), with every refusal naming the file, the line and the column.
 * The header decides the columns; each data row must have as many fields; then
 * {@link #problem} finds the first bad cell in file order, {@link #keptRows} the rows to train on and
 * {@link #levels} the one-hot levels of a text column.
 */
final class CsvTable {

    static final int MAX_LEVELS = 50;

    final String file;
    final List<String> header;
    final int target;
    final List<Integer> features;
    private final Map<Integer, CsvColumn> columns = new HashMap<>();
    private final List<Integer> used;
    private final IntChunks lines = new IntChunks();
    private final BitSet withMissing = new BitSet();
    private int rows;

    private CsvTable(String file, List<String> header, int target, List<Integer> features) {
        this.file = file;
        this.header = header;
        this.target = target;
        this.features = features;
        List<Integer> u = new ArrayList<>(features);
        u.add(target);
        u.sort(null);
        this.used = List.copyOf(u);
        for (int c : used) columns.put(c, new CsvColumn());
    }

    /** Reads every record of the file. */
    static CsvTable read(String file, CsvRecords records, DataOptions options) throws IOException {
        if (!records.next()) {
            throw new DatasetException(file + " is empty; a CSV file needs a header line and at least one data row");
        }
        List<String> header = columnNames(file, records);
        int headerLine = records.line();
        int target = targetColumn(file, header, options);
        CsvTable t = new CsvTable(file, header, target, featureColumns(file, header, target, options));
        while (records.next()) t.add(records);
        if (t.rows == 0) {
            throw new DatasetException(file + " line " + headerLine
                    + ": the header has no data rows below it; add rows to the file");
        }
        return t;
    }

    private void add(CsvRecords r) {
        if (r.size() != header.size()) {
            throw new DatasetException(file + " line " + r.line() + ": expected " + header.size()
                    + " fields, found " + r.size() + "; check for a missing or extra separator"
                    + " (fields containing the separator must be quoted)");
        }
        if (rows == Integer.MAX_VALUE) throw new DatasetException(file + ": more than " + Integer.MAX_VALUE + " rows");
        lines.add(r.line());
        for (int c : used) {
            if (columns.get(c).add(r.bytes(), r.start(c), r.end(c), r.line())) withMissing.set(rows);
        }
        rows++;
    }

    CsvColumn column(int c) {
        return columns.get(c);
    }

    int rows() {
        return rows;
    }

    int line(int row) {
        return lines.get(row);
    }

    /** The header's names; an empty one is called "column N" (as --target and --ignore must name it). */
    static List<String> columnNames(String file, CsvRecords header) {
        List<String> names = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int c = 0; c < header.size(); c++) {
            String text = header.text(c);
            String n = text.isEmpty() ? "column " + (c + 1) : text;
            Integer before = seen.put(n, c);
            if (before != null) {
                throw new DatasetException(file + " line " + header.line() + ", column " + (c + 1) + ": the name '"
                        + n + "' is already used by column " + (before + 1) + "; give each column a unique name");
            }
            names.add(n);
        }
        return names;
    }

    private static int targetColumn(String file, List<String> header, DataOptions options) {
        if (options.target() == null) return header.size() - 1;
        int c = header.indexOf(options.target());
        if (c < 0) {
            throw new DatasetException(file + ": no column named '" + options.target() + "' for --target; the columns are "
                    + String.join(", ", header));
        }
        return c;
    }

    private static List<Integer> featureColumns(String file, List<String> header, int target, DataOptions options) {
        Set<Integer> ignored = new HashSet<>();
        for (String name : options.ignore()) {
            int c = header.indexOf(name);
            if (c < 0) {
                throw new DatasetException(file + ": no column named '" + name + "' for --ignore; the columns are "
                        + String.join(", ", header));
            }
            if (c == target) {
                throw new DatasetException(file + ": '" + name + "' is the target column and cannot be ignored",
                        Remedy.of(Remedy.Kind.CHOOSE_TARGET));
            }
            ignored.add(c);
        }
        List<Integer> features = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) if (c != target && !ignored.contains(c)) features.add(c);
        if (features.isEmpty()) {
            throw new DatasetException(file + ": no feature columns left besides the target '" + header.get(target)
                    + "'; a dataset needs at least one input column");
        }
        return features;
    }

    /**
     * The first bad cell in file order (row by row, left to right), or null: a missing value (unless dropping
     * rows with missing values), text in a numeric column, or a number too large for a 32-bit float there.
     */
    DatasetException problem(boolean dropMissing) {
        Bad first = null;
        for (int c : used) {
            CsvColumn col = columns.get(c);
            List<Bad> candidates = new ArrayList<>();
            if (!dropMissing) candidates.add(new Bad(col.firstMissing(), c, CsvColumn.Kind.MISSING));
            if (col.numeric()) {
                candidates.add(new Bad(col.firstText(), c, CsvColumn.Kind.TEXT));
                candidates.add(new Bad(col.firstOverflow(), c, CsvColumn.Kind.OVERFLOW));
            }
            for (Bad b : candidates) if (b.cell() != null && (first == null || b.before(first))) first = b;
        }
        return first == null ? null : first.exception(this);
    }

    /** A bad cell of a column and what is wrong with it. */
    private record Bad(CsvColumn.Cell cell, int column, CsvColumn.Kind kind) {

        boolean before(Bad o) {
            return cell.row() < o.cell.row() || (cell.row() == o.cell.row() && column < o.column);
        }

        DatasetException exception(CsvTable t) {
            String name = t.header.get(column);
            String at = t.file + " line " + cell.line() + ", column " + (column + 1) + " ('" + name + "'): ";
            Remedy fix = column == t.target ? Remedy.of(Remedy.Kind.FIX_OR_CHOOSE_TARGET)
                    : Remedy.about(Remedy.Kind.FIX_OR_IGNORE, name);
            return switch (kind) {
                case MISSING -> new DatasetException(at + "missing value" + (cell.text().isEmpty() ? "" : " ('"
                        + cell.text() + "')"), Remedy.of(Remedy.Kind.FILL_OR_DROP_MISSING));
                case TEXT -> new DatasetException(at + "'" + cell.text() + "' is not a number", fix);
                default -> new DatasetException(at + "'" + cell.text() + "' is too large for the 32-bit floats the "
                        + "network computes with (at most ±3.4e38)", fix);
            };
        }
    }

    /** The rows to train on: all of them, or those without a missing value in a used column. */
    int[] keptRows(boolean dropMissing) {
        int kept = dropMissing ? rows - withMissing.cardinality() : rows;
        int[] out = new int[kept];
        int k = 0;
        for (int r = 0; r < rows; r++) if (!dropMissing || !withMissing.get(r)) out[k++] = r;
        return out;
    }

    /** The levels of a text column over the kept rows, in sorted order, each mapped to its one-hot position. */
    Map<String, Integer> levels(int c, int[] kept) {
        CsvColumn col = columns.get(c);
        TreeSet<String> distinct = new TreeSet<>();
        for (int r : kept) distinct.add(col.text(r));
        if (distinct.size() > MAX_LEVELS) {
            throw new DatasetException(file + ", column " + (c + 1) + " ('" + header.get(c) + "'): " + distinct.size()
                    + " different text values, more than the " + MAX_LEVELS + " that are one-hot encoded",
                    Remedy.about(Remedy.Kind.IGNORE_OR_MAKE_NUMERIC, header.get(c)));
        }
        Map<String, Integer> index = new TreeMap<>();
        for (String l : distinct) index.put(l, index.size());
        return index;
    }
}
