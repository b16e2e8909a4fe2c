package org.activationworkbench.data;

/**
 * The one path from raw samples to a {@link Dataset}: split (unless the source fixes the split), fit the
 * standardisation on the training rows only, and apply it to both splits.
 */
public final class DatasetAssembler {

    private DatasetAssembler() {
    }

    /** Splits {@code all} with the seeded, stratified splitter, then assembles. */
    public static Dataset assemble(DatasetMeta meta, RawData all, double testRatio, long seed) {
        return assemble(meta, all, testRatio, seed, false);
    }

    /** As above; pooled = one mean and std over all inputs, for pixel tables (see {@link Standardisation#fitPooled}). */
    public static Dataset assemble(DatasetMeta meta, RawData all, double testRatio, long seed, boolean pooled) {
        Splitter.Indices idx = split(meta, all.labels(), all.rows(), testRatio, seed);
        return assemble(meta, all.select(idx.train()), all.select(idx.test()), pooled);
    }

    /**
     * The seeded, stratified split of every source split by a ratio. A positive ratio that leaves no test row
     * (two rows, or many classes of two rows each: each class gives round(rows × ratio)) is refused: the run would
     * train with blank test metrics.
     */
    public static Splitter.Indices split(DatasetMeta meta, int[] labels, int rows, double testRatio, long seed) {
        Splitter.Indices idx = Splitter.split(labels, rows, testRatio, seed);
        if (testRatio > 0 && idx.test().length == 0) {
            throw new DatasetException(String.format(java.util.Locale.ROOT, "%s: a test ratio of %s leaves no row for "
                    + "testing (%d rows%s), so the test metrics would be blank", meta.name(),
                    Double.toString(testRatio), rows, labels == null ? "" : " in " + meta.classNames().size()
                    + " classes, each giving round(its rows × " + testRatio + ") to the test split"),
                    Remedy.of(Remedy.Kind.RAISE_TEST_RATIO));
        }
        return idx;
    }

    /** Assembles a source that comes with its own train/test split, standardising each input on its own. */
    public static Dataset assemble(DatasetMeta meta, RawData train, RawData test) {
        return assemble(meta, train, test, false);
    }

    /**
     * Assembles a source with its own split; pooled = one mean and std over all inputs (images, see
     * {@link Standardisation#fitPooled}). Takes ownership of the input arrays: they are standardised in place,
     * which spares a second copy of a large image set.
     */
    public static Dataset assemble(DatasetMeta meta, RawData train, RawData test, boolean pooled) {
        if (train.rows() == 0) {
            throw new DatasetException(meta.name() + ": no training rows left", Remedy.of(Remedy.Kind.LOWER_TEST_RATIO));
        }
        // Training statistics only: the test split must look like unseen data.
        Standardisation std = pooled
                ? Standardisation.fitPooled(train.x(), train.rows(), train.inputs())
                : Standardisation.fit(train.x(), train.rows(), train.inputs());
        Task task = train.task();
        int outputs = task == Task.CLASSIFICATION ? meta.classNames().size() : train.outputs();
        return new Dataset(meta.name(), meta.description(), task, train.inputs(), outputs,
                meta.classNames(), meta.featureNames(), standardise(train, std), standardise(test, std),
                std, meta.source(), meta.license(), meta.checksum());
    }

    private static Split standardise(RawData raw, Standardisation std) {
        std.applyInPlace(raw.x(), raw.rows());
        return new Split(raw.x(), raw.labels(), raw.targets(), raw.rows());
    }
}
