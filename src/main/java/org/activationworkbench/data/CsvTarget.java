package org.activationworkbench.data;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * The target column of a CSV file as class labels or regression values. A text target, or a whole-number
 * target with at most 20 distinct values, means classification; an explicit task overrides that.
 *
 * @param labels     class per row (classification), else null
 * @param targets    value per row (regression), else null
 * @param classNames sorted (text alphabetically, numbers by value), else empty
 */
record CsvTarget(int[] labels, float[] targets, List<String> classNames) {

    static final int MAX_INTEGER_CLASSES = 20;

    static CsvTarget encode(String file, String name, List<CsvTokenizer.Record> rows, int c, boolean numeric,
                            Task override) {
        if (!numeric) {
            if (override == Task.REGRESSION) {
                CsvTokenizer.Record first = rows.get(0);
                throw new DatasetException(file + " line " + first.line() + ", column " + (c + 1) + " ('" + name
                        + "'): the target holds text ('" + first.fields().get(c)
                        + "')", Remedy.of(Remedy.Kind.CHANGE_TASK_OR_TARGET).because("regression needs numbers"));
            }
            TreeMap<String, Integer> classes = new TreeMap<>();
            for (CsvTokenizer.Record r : rows) classes.put(r.fields().get(c), 0);
            return classes(file, name, rows, c, classes, v -> v);
        }
        int n = rows.size();
        double[] y = new double[n];
        boolean whole = true;
        Set<Double> distinct = new HashSet<>();
        for (int i = 0; i < n; i++) {
            y[i] = Double.parseDouble(rows.get(i).fields().get(c));
            whole &= y[i] == Math.rint(y[i]);
            distinct.add(y[i]);
        }
        boolean classify = override != null ? override == Task.CLASSIFICATION
                : whole && distinct.size() <= MAX_INTEGER_CLASSES;
        if (classify) {
            // Keyed by numeric value, so "1" and "1.0" are one class, named in canonical form.
            TreeMap<String, Integer> classes = new TreeMap<>((a, b) -> Double.compare(Double.parseDouble(a),
                    Double.parseDouble(b)));
            for (double v : distinct) classes.put(canonical(v), 0);
            return classes(file, name, rows, c, classes, v -> canonical(Double.parseDouble(v)));
        }
        float[] targets = new float[n];
        for (int i = 0; i < n; i++) targets[i] = (float) y[i];
        return new CsvTarget(null, targets, List.of());
    }

    private static CsvTarget classes(String file, String name, List<CsvTokenizer.Record> rows, int c,
                                     TreeMap<String, Integer> classes, UnaryOperator<String> key) {
        if (classes.size() < 2) {
            throw new DatasetException(file + ", column " + (c + 1) + " ('" + name + "'): the target has a single class ('"
                    + classes.firstKey() + "')",
                    Remedy.of(Remedy.Kind.CHOOSE_TARGET).because("a classifier needs at least two"));
        }
        int next = 0;
        for (Map.Entry<String, Integer> e : classes.entrySet()) e.setValue(next++);
        int[] labels = new int[rows.size()];
        for (int i = 0; i < labels.length; i++) labels[i] = classes.get(key.apply(rows.get(i).fields().get(c)));
        return new CsvTarget(labels, null, List.copyOf(classes.keySet()));
    }

    private static String canonical(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
