package org.activationworkbench.data;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntFunction;

/**
 * The target column of a CSV file as class labels or regression values. A text target, or a whole-number
 * target with at most 20 distinct values, means classification; an explicit task overrides that.
 *
 * @param labels     class per kept row (classification), else null
 * @param targets    value per kept row (regression), else null
 * @param classNames sorted (text alphabetically, numbers by value), else empty
 */
record CsvTarget(int[] labels, float[] targets, List<String> classNames) {

    static final int MAX_INTEGER_CLASSES = 20;

    /** The target of the kept rows ({@code kept}: row numbers in the table) of column c. */
    static CsvTarget encode(CsvTable t, int[] kept, Task override) {
        int c = t.target;
        String name = t.header.get(c);
        CsvColumn col = t.column(c);
        if (!col.numeric()) {
            if (override == Task.REGRESSION) {
                throw new DatasetException(t.file + " line " + t.line(kept[0]) + ", column " + (c + 1) + " ('" + name
                        + "'): the target holds text ('" + col.text(kept[0]) + "')",
                        Remedy.of(Remedy.Kind.CHANGE_TASK_OR_TARGET).because("regression needs numbers"));
            }
            TreeMap<String, Integer> classes = new TreeMap<>();
            for (int r : kept) classes.put(col.text(r), 0);
            return classes(t, kept, classes, col::text);
        }
        int n = kept.length;
        double[] y = new double[n];
        boolean whole = true;
        Set<Double> distinct = new HashSet<>();
        for (int i = 0; i < n; i++) {
            y[i] = col.exact(kept[i]);
            whole &= y[i] == Math.rint(y[i]);
            if (distinct.size() <= MAX_INTEGER_CLASSES || override == Task.CLASSIFICATION) distinct.add(y[i]);
        }
        boolean classify = override != null ? override == Task.CLASSIFICATION
                : whole && distinct.size() <= MAX_INTEGER_CLASSES;
        if (classify) {
            // Keyed by numeric value, so "1" and "1.0" are one class, named in canonical form.
            TreeMap<String, Integer> classes = new TreeMap<>((a, b) -> Double.compare(Double.parseDouble(a),
                    Double.parseDouble(b)));
            for (double v : distinct) classes.put(CsvCells.canonical(v), 0);
            return classes(t, kept, classes, r -> CsvCells.canonical(col.exact(r)));
        }
        float[] targets = new float[n];
        for (int i = 0; i < n; i++) targets[i] = (float) y[i];
        return new CsvTarget(null, targets, List.of());
    }

    private static CsvTarget classes(CsvTable t, int[] kept, TreeMap<String, ?> classes,
                                     IntFunction<String> key) {
        int c = t.target;
        if (classes.size() < 2) {
            throw new DatasetException(t.file + ", column " + (c + 1) + " ('" + t.header.get(c)
                    + "'): the target has a single class ('" + classes.firstKey() + "')",
                    Remedy.of(Remedy.Kind.CHOOSE_TARGET).because("a classifier needs at least two"));
        }
        Map<String, Integer> index = new HashMap<>();   // the sorted map's order, looked up by hash
        for (String name : classes.keySet()) index.put(name, index.size());
        int[] labels = new int[kept.length];
        for (int i = 0; i < labels.length; i++) labels[i] = index.get(key.apply(kept[i]));
        return new CsvTarget(labels, null, List.copyOf(classes.keySet()));
    }
}
