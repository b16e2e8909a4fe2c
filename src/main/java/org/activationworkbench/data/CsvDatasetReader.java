package org.activationworkbench.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.activationworkbench.core.MemoryBudget;
import org.activationworkbench.io.FileKinds;

/**
 * Reads a user's CSV file into a dataset. The file streams through once ({@link CsvRecords} → {@link CsvTable}):
 * its cells are validated as they come, so that every refusal names the file, the line and the column and says
 * what to do, and they are kept at four bytes each; the train and test splits are then filled column by column,
 * each column freed once copied. Peak memory is about eight bytes per used cell plus the training copy, well
 * under three times the file's size.
 *
 * <p>Rules: the first record is the header; the target is the last column unless {@link DataOptions#target()}
 * names one (see {@link CsvTarget} for how it becomes classes or values); a column is numeric when most of its
 * values are numbers; text features are one-hot encoded up to 50 levels; a number too large for a 32-bit float
 * (3.5e38, 1e999) is an error, as the network computes in floats.
 */
public final class CsvDatasetReader {

    /** Larger files are refused by size, before any byte is read. */
    public static final long MAX_BYTES = 1L << 30;

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
        try {
            refuseTooLarge(file);
        } catch (IOException e) {
            throw cannotRead(file, e);
        }
        return load(ByteSource.of(file), options, fileName, "CSV file " + file, file.toAbsolutePath().toString(),
                "unknown (user data)", false, file);
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

    /** "data.csv: cannot read the file (permission denied on the folder /x)". */
    static DatasetException cannotRead(Path file, IOException e) {
        return new DatasetException(fileName(file) + ": cannot read the file (" + FileKinds.reason(file, e) + ")", e);
    }

    /** Reads a bundled CSV; {@code name} is the registry name, {@code about} starts the description. */
    static Dataset read(ByteSource source, DataOptions options, String name, String about, String origin,
                        String license, boolean pixels) {
        return load(source, options, name, about, origin, license, pixels, null).dataset();
    }

    private static Loaded load(ByteSource source, DataOptions options, String name, String about, String origin,
                               String license, boolean pixels, Path path) {
        try {
            return loadOrRunOutOfMemory(source, options, name, about, origin, license, pixels, path);
        } catch (OutOfMemoryError e) {
            // whatever was allocated is garbage now; the message says what to do
            throw new DatasetException(source.name() + ": " + MemoryBudget.tooLarge("the table")
                    + " or use a sample of the rows");
        }
    }

    private static Loaded loadOrRunOutOfMemory(ByteSource source, DataOptions options, String name, String about,
                                               String origin, String license, boolean pixels, Path path) {
        String file = source.name();
        CsvTable t;
        String checksum;
        try (CsvRecords records = CsvRecords.open(source)) {
            t = CsvTable.read(file, records, options);
            checksum = records.sha256();
        } catch (IOException e) {
            throw path != null ? cannotRead(path, e)
                    : new DatasetException(file + ": cannot read the file (" + e.getMessage() + ")", e);
        }
        DatasetException bad = t.problem(options.dropMissing());
        if (bad != null) throw bad;
        int[] kept = t.keptRows(options.dropMissing());
        if (kept.length == 0) {
            throw new DatasetException(file + ": every row has a missing value",
                    Remedy.of(Remedy.Kind.FILL_OR_IGNORE_EMPTIEST));
        }
        int dropped = t.rows() - kept.length;

        List<Map<String, Integer>> oneHot = new ArrayList<>();
        List<String> featureNames = new ArrayList<>();
        for (int c : t.features) {
            Map<String, Integer> levels = t.column(c).numeric() ? null : t.levels(c, kept);
            oneHot.add(levels);
            if (levels == null) featureNames.add(t.header.get(c));
            else levels.keySet().forEach(l -> featureNames.add(t.header.get(c) + "=" + l));
        }
        CsvTarget y = CsvTarget.encode(t, kept, options.task());
        Task task = y.labels() != null ? Task.CLASSIFICATION : Task.REGRESSION;
        String description = String.format(Locale.ROOT, "%s: %d rows, %d inputs, target '%s' (%s)", about,
                kept.length, featureNames.size(), t.header.get(t.target),
                task == Task.CLASSIFICATION ? y.classNames().size() + " classes" : "regression");
        if (dropped > 0) description += "; dropped " + dropped + " rows with missing values";
        DatasetMeta meta = new DatasetMeta(name, description, y.classNames(), featureNames, origin, license, checksum);

        Splitter.Indices idx = DatasetAssembler.split(meta, y.labels(), kept.length, options.testRatio(), options.seed());
        long cells = (long) kept.length * featureNames.size();
        if (cells > Integer.MAX_VALUE - 16) {
            throw new DatasetException(String.format(Locale.ROOT, "%s: %,d rows × %d inputs = %,d values, more than "
                    + "the %,d one array can hold; use a sample of the rows", file, kept.length, featureNames.size(),
                    cells, Integer.MAX_VALUE - 16));
        }
        String missing = MemoryBudget.shortfall(4 * cells);
        if (missing != null) {
            throw new DatasetException(String.format(Locale.ROOT, "%s: its %,d rows × %d inputs %s, or use a sample of "
                    + "the rows", file, kept.length, featureNames.size(), missing));
        }
        RawData[] splits = splits(t, kept, new int[][] {idx.train(), idx.test()}, oneHot, featureNames.size(), y);
        return new Loaded(DatasetAssembler.assemble(meta, splits[0], splits[1], pixels), dropped);
    }

    /**
     * One split per order: the rows {@code kept[order[i]]} as samples, numbers as they are, text levels one-hot.
     * Filled row by row in file order (each column is read front to back, and each row's inputs land together),
     * freeing the columns' storage behind the reader, so the cells and the splits are never both whole.
     */
    private static RawData[] splits(CsvTable t, int[] kept, int[][] orders, List<Map<String, Integer>> oneHot,
                                    int inputs, CsvTarget y) {
        float[][] x = new float[orders.length][];
        int[] split = new int[kept.length];      // kept row k goes to split[k], position at[k]
        int[] at = new int[kept.length];
        for (int s = 0; s < orders.length; s++) {
            x[s] = new float[orders[s].length * inputs];
            for (int i = 0; i < orders[s].length; i++) {
                split[orders[s][i]] = s;
                at[orders[s][i]] = i;
            }
        }
        CsvColumn[] cols = new CsvColumn[t.features.size()];
        for (int f = 0; f < cols.length; f++) cols[f] = t.column(t.features.get(f));
        for (int k = 0; k < kept.length; k++) {
            int row = kept[k];
            float[] dst = x[split[k]];
            int j = at[k] * inputs;
            for (int f = 0; f < cols.length; f++) {
                Map<String, Integer> levels = oneHot.get(f);
                if (levels == null) {
                    dst[j++] = cols[f].value(row);
                } else {
                    dst[j + levels.get(cols[f].text(row))] = 1f;
                    j += levels.size();
                }
            }
            if ((k & 0xFFFF) == 0) for (CsvColumn c : cols) c.releaseBefore(row);
        }
        for (CsvColumn c : cols) c.release();
        t.column(t.target).release();
        RawData[] out = new RawData[orders.length];
        for (int s = 0; s < orders.length; s++) {
            int[] order = orders[s];
            int[] labels = y.labels() == null ? null : new int[order.length];
            float[] targets = y.targets() == null ? null : new float[order.length];
            for (int i = 0; i < order.length; i++) {
                if (labels != null) labels[i] = y.labels()[order[i]];
                else targets[i] = y.targets()[order[i]];
            }
            out[s] = new RawData(x[s], labels, targets, order.length, inputs);
        }
        return out;
    }
}
