package org.activationworkbench.study;

import org.activationworkbench.data.Dataset;
import org.activationworkbench.data.Split;
import org.activationworkbench.data.Splitter;

/**
 * Parts of a loaded dataset for studies: a stratified share of a large set (to fit the time budget), and a
 * validation split carved from the training split, so that any choice a study makes (a degree, a learning rate)
 * never looks at the test split. Inputs stay standardised with the full training split's statistics.
 */
final class Subsets {

    private Subsets() {
    }

    /** Training rows for fitting and a validation split held out of them; the test split is untouched. */
    record Holdout(Dataset fit, Split validation) { }

    /** A stratified share: at most trainRows of the training split and testRows of the test split. */
    static Dataset share(Dataset d, int trainRows, int testRows, long seed) {
        Split train = rows(d.train(), trainRows, d.outputs(), seed);
        Split test = rows(d.test(), testRows, d.outputs(), seed + 1);
        return with(d, train, test, d.name() + " (" + train.rows() + "/" + test.rows() + ")");
    }

    /** Holds a stratified fraction of the training split out as a validation split. */
    static Holdout validation(Dataset d, double fraction, long seed) {
        Splitter.Indices ix = Splitter.split(d.train().labels(), d.train().rows(), fraction, seed);
        Split fit = pick(d.train(), ix.train(), d.outputs());
        Split val = pick(d.train(), ix.test(), d.outputs());
        return new Holdout(with(d, fit, d.test(), d.name()), val);
    }

    private static Split rows(Split s, int n, int outputs, long seed) {
        if (n >= s.rows()) return s;
        Splitter.Indices ix = Splitter.split(s.labels(), s.rows(), n / (double) s.rows(), seed);
        return pick(s, ix.test(), outputs);
    }

    private static Split pick(Split s, int[] idx, int outputs) {
        int in = s.x().length / Math.max(1, s.rows());
        float[] x = new float[idx.length * in];
        int[] labels = s.labels() == null ? null : new int[idx.length];
        float[] targets = s.targets() == null ? null : new float[idx.length * outputs];
        for (int i = 0; i < idx.length; i++) {
            System.arraycopy(s.x(), idx[i] * in, x, i * in, in);
            if (labels != null) labels[i] = s.labels()[idx[i]];
            if (targets != null) System.arraycopy(s.targets(), idx[i] * outputs, targets, i * outputs, outputs);
        }
        return new Split(x, labels, targets, idx.length);
    }

    private static Dataset with(Dataset d, Split train, Split test, String name) {
        return new Dataset(name, d.description(), d.task(), d.inputs(), d.outputs(), d.classNames(), d.featureNames(),
                train, test, d.standardisation(), d.source(), d.license(), d.checksum());
    }
}
