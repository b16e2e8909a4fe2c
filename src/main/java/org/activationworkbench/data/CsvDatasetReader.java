package org.activationworkbench.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Reads a user's CSV file into a dataset. The text is validated here, cell by cell, so that every refusal
 * names the file, the line and the column and says what to do.
 *
 * <p>Rules: the first record is the header; the target is the last column unless {@link DataOptions#target()}
 * names one (see {@link CsvTarget} for how it becomes classes or values); a column is numeric when most of its
 * values are numbers; text features are one-hot encoded up to 50 levels.
 */
public final class CsvDatasetReader {

    /** Larger files are refused by size, before any byte is read. */
    public static final long MAX_BYTES = 1L << 30;
    static final int MAX_LEVELS = 50;

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Set<String> MISSING = Set.of("", "na", "n/a", "nan", "null", "?");

    private CsvDatasetReader() {
    }

    /** A user's file as a dataset, and how many rows {@link DataOptions#dropMissing()} dropped. */
    public record Loaded(Dataset dataset, int droppedRows) {
    }

    /** Reads a CSV file given by the user; the dataset is named after the file. */
    public static Dataset read(Path file, DataOptions options) {
        return load(file, options).dataset();
    }

    /** As {@link #read(Path, DataOptions)}, also reporting the rows dropped for missing values. */
    public static Loaded load(Path file, DataOptions options) {
        String fileName = fileName(file);
        byte[] bytes;
        try {
            refuseTooLarge(file);
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw cannotRead(fileName, e);
        }
        return load(fileName, bytes, options, fileName, "CSV file " + file, file.toAbsolutePath().toString(),
                "unknown (user data)", false);
    }

    /** The file's own name, as messages about it say it. */
    public static String fileName(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }

    /** Files over {@link #MAX_BYTES} are refused by their size, before any byte is read. */
    static void refuseTooLarge(Path file) throws IOException {
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            throw new DatasetException(String.format(Locale.ROOT, "%s is %.1f GB; files over 1 GB are refused; "
                    + "use a sample of the rows", fileName(file), size / (double) (1L << 30)));
        }
    }

    static DatasetException cannotRead(String fileName, IOException e) {
        return new DatasetException(fileName + ": cannot read the file (" + e.getMessage() + ")", e);
    }

    /** Reads a bundled CSV; {@code name} is the registry name, {@code about} starts the description. */
    static Dataset read(ByteSource source, DataOptions options, String name, String about, String origin,
                        String license, boolean pixels) {
        byte[] bytes;
        try (InputStream in = source.open()) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw cannotRead(source.name(), e);
        }
        return read(source.name(), bytes, options, name, about, origin, license, pixels);
    }

    static Dataset read(String fileName, byte[] bytes, DataOptions options, String name, String about,
                        String origin, String license, boolean pixels) {
        return load(fileName, bytes, options, name, about, origin, license, pixels).dataset();
    }

    private static Loaded load(String fileName, byte[] bytes, DataOptions options, String name, String about,
                               String origin, String license, boolean pixels) {
        Table t = parse(fileName, bytes, options);
        String description = String.format(Locale.ROOT, "%s: %d rows, %d inputs, target '%s' (%s)", about,
                t.raw.rows(), t.raw.inputs(), t.targetName,
                t.raw.task() == Task.CLASSIFICATION ? t.classNames.size() + " classes" : "regression");
        if (t.dropped > 0) description += "; dropped " + t.dropped + " rows with missing values";
        DatasetMeta meta = new DatasetMeta(name, description, t.classNames, t.featureNames, origin, license,
                Checksums.sha256(bytes));
        return new Loaded(DatasetAssembler.assemble(meta, t.raw, options.testRatio(), options.seed(), pixels),
                t.dropped);
    }

    /** The encoded samples and what names them. */
    private record Table(RawData raw, List<String> classNames, List<String> featureNames, String targetName,
                         int dropped) {
    }

    private static Table parse(String file, byte[] bytes, DataOptions options) {
        String text = Utf8Text.decode(file, bytes);
        if (text.isBlank()) {
            throw new DatasetException(file + " is empty; a CSV file needs a header line and at least one data row");
        }
        List<CsvTokenizer.Record> records = CsvTokenizer.tokenize(file, text, CsvTokenizer.detectSeparator(text));
        CsvTokenizer.Record headerRecord = records.get(0);
        List<String> header = columnNames(file, headerRecord);
        if (records.size() == 1) {
            throw new DatasetException(file + " line " + headerRecord.line()
                    + ": the header has no data rows below it; add rows to the file");
        }
        List<CsvTokenizer.Record> rows = records.subList(1, records.size());
        for (CsvTokenizer.Record r : rows) {
            if (r.fields().size() != header.size()) {
                throw new DatasetException(file + " line " + r.line() + ": expected " + header.size()
                        + " fields, found " + r.fields().size() + "; check for a missing or extra separator"
                        + " (fields containing the separator must be quoted)");
            }
        }
        int target = targetColumn(file, header, options);
        List<Integer> features = featureColumns(file, header, target, options);
        boolean[] numeric = new boolean[header.size()];
        for (int c : features) numeric[c] = mostlyNumeric(rows, c);
        numeric[target] = mostlyNumeric(rows, target);

        boolean[] keep = validateCells(file, header, rows, features, target, numeric, options.dropMissing());
        List<CsvTokenizer.Record> kept = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) if (keep[i]) kept.add(rows.get(i));
        int dropped = rows.size() - kept.size();
        if (kept.isEmpty()) {
            throw new DatasetException(file + ": every row has a missing value",
                    Remedy.of(Remedy.Kind.FILL_OR_IGNORE_EMPTIEST));
        }

        List<String> featureNames = new ArrayList<>();
        List<Map<String, Integer>> oneHot = new ArrayList<>();
        for (int c : features) {
            Map<String, Integer> levels = numeric[c] ? null : levels(file, header, kept, c);
            oneHot.add(levels);
            if (levels == null) featureNames.add(header.get(c));
            else levels.keySet().forEach(l -> featureNames.add(header.get(c) + "=" + l));
        }
        int inputs = featureNames.size();
        float[] x = new float[kept.size() * inputs];
        for (int r = 0; r < kept.size(); r++) {
            List<String> f = kept.get(r).fields();
            int j = r * inputs;
            for (int k = 0; k < features.size(); k++) {
                String v = f.get(features.get(k));
                Map<String, Integer> levels = oneHot.get(k);
                if (levels == null) {
                    x[j++] = (float) Double.parseDouble(v);
                } else {
                    x[j + levels.get(v)] = 1f;
                    j += levels.size();
                }
            }
        }
        CsvTarget y = CsvTarget.encode(file, header.get(target), kept, target, numeric[target], options.task());
        return new Table(new RawData(x, y.labels(), y.targets(), kept.size(), inputs), y.classNames(), featureNames,
                header.get(target), dropped);
    }

    /** The header's names; an empty one is called "column N" (as --target and --ignore must name it). */
    static List<String> columnNames(String file, CsvTokenizer.Record header) {
        List<String> names = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int c = 0; c < header.fields().size(); c++) {
            String n = header.fields().get(c).isEmpty() ? "column " + (c + 1) : header.fields().get(c);
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

    /** A column is numeric when most of its present values are numbers; the others are then errors. */
    private static boolean mostlyNumeric(List<CsvTokenizer.Record> rows, int c) {
        int numbers = 0;
        int texts = 0;
        for (CsvTokenizer.Record r : rows) {
            String v = r.fields().get(c);
            if (isMissing(v)) continue;
            if (isNumber(v)) numbers++;
            else texts++;
        }
        return numbers > texts;
    }

    /** Reports the first bad cell in file order; returns which rows to keep (all, unless dropping missing). */
    private static boolean[] validateCells(String file, List<String> header, List<CsvTokenizer.Record> rows,
                                           List<Integer> features, int target, boolean[] numeric, boolean dropMissing) {
        List<Integer> used = new ArrayList<>(features);
        used.add(target);
        used.sort(null);
        boolean[] keep = new boolean[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            CsvTokenizer.Record r = rows.get(i);
            keep[i] = true;
            for (int c : used) {
                String v = r.fields().get(c);
                if (isMissing(v)) {
                    if (!dropMissing) {
                        throw new DatasetException(cell(file, r, c, header) + "missing value"
                                + (v.isEmpty() ? "" : " ('" + v + "')"), Remedy.of(Remedy.Kind.FILL_OR_DROP_MISSING));
                    }
                    keep[i] = false;
                } else if (numeric[c] && !isNumber(v)) {
                    Remedy fix = c == target ? Remedy.of(Remedy.Kind.FIX_OR_CHOOSE_TARGET)
                            : Remedy.about(Remedy.Kind.FIX_OR_IGNORE, header.get(c));
                    throw new DatasetException(cell(file, r, c, header) + "'" + v + "' is not a number", fix);
                }
            }
        }
        return keep;
    }

    /** The levels of a text column in sorted order, each mapped to its one-hot position. */
    private static Map<String, Integer> levels(String file, List<String> header, List<CsvTokenizer.Record> rows,
                                               int c) {
        TreeSet<String> distinct = new TreeSet<>();
        for (CsvTokenizer.Record r : rows) distinct.add(r.fields().get(c));
        if (distinct.size() > MAX_LEVELS) {
            throw new DatasetException(file + ", column " + (c + 1) + " ('" + header.get(c) + "'): " + distinct.size()
                    + " different text values, more than the " + MAX_LEVELS + " that are one-hot encoded",
                    Remedy.about(Remedy.Kind.IGNORE_OR_MAKE_NUMERIC, header.get(c)));
        }
        Map<String, Integer> index = new TreeMap<>();
        for (String l : distinct) index.put(l, index.size());
        return index;
    }

    private static String cell(String file, CsvTokenizer.Record r, int c, List<String> header) {
        return file + " line " + r.line() + ", column " + (c + 1) + " ('" + header.get(c) + "'): ";
    }

    static boolean isMissing(String v) {
        return MISSING.contains(v.toLowerCase(Locale.ROOT));
    }

    static boolean isNumber(String v) {
        return NUMBER.matcher(v).matches();
    }
}
