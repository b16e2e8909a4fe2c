package org.activationworkbench.export;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.activationworkbench.activation.Sharing;
import org.activationworkbench.experiment.LayerSnapshot;
import org.activationworkbench.experiment.MetricsRow;
import org.activationworkbench.experiment.SavedModel;
import org.activationworkbench.experiment.Snapshot;
import org.activationworkbench.io.FileKinds;

/**
 * Reads back the tables `train` writes (metrics.csv, parameters.csv). They are this program's own simple format,
 * so the reader is strict: the header must be the one written, every line has its fields, and any problem is
 * reported with the file, line and column ("metrics.csv line 28: expected 7 fields, found 3").
 */
final class RunTableReader {

    static final String METRICS_HEADER = "step,epoch,seconds,train_loss,test_loss,train_accuracy,test_accuracy";
    static final String PARAMETERS_HEADER = "epoch,layer,unit,index,name,value";
    static final String GRIDS_HEADER = "epoch,layer,lo,hi";

    private RunTableReader() {
    }

    /** One data line: its number in the file and its fields. */
    private record Line(Path file, int number, String[] names, String[] fields) {

        double number(int column) throws IOException {
            String v = fields[column];
            if (v.isEmpty()) return Double.NaN;
            try {
                return Double.parseDouble(v);
            } catch (NumberFormatException e) {
                throw bad(column, "'" + v + "' is not a number");
            }
        }

        int whole(int column) throws IOException {
            double v = number(column);
            if (v != Math.rint(v) || Math.abs(v) > Integer.MAX_VALUE) throw bad(column, "'" + fields[column] + "' is not a whole number");
            return (int) v;
        }

        IOException bad(int column, String what) {
            return new Damaged(file + " line " + number + ", column " + (column + 1) + " ('"
                    + names[column] + "'): " + what + "; the file is damaged, run train again");
        }
    }

    /** A table whose content is wrong: its message names the file and the line. */
    private static final class Damaged extends IOException {
        Damaged(String message) {
            super(message);
        }
    }

    private interface LineHandler {
        void accept(Line line) throws IOException;
    }

    private static void read(Path file, String header, LineHandler handler) throws IOException {
        String[] names = header.split(",");
        try (BufferedReader r = Files.newBufferedReader(file)) {
            String first = r.readLine();
            if (first == null || !first.equals(header)) {
                throw new Damaged(file + " line 1: the header is not " + header
                        + "; the file is damaged or not written by train");
            }
            int number = 1;
            for (String text = r.readLine(); text != null; text = r.readLine()) {
                number++;
                if (text.isEmpty()) continue;
                String[] fields = text.split(",", -1);
                if (fields.length != names.length) {
                    throw new Damaged(file + " line " + number + ": expected " + names.length
                            + " fields, found " + fields.length + "; the file is cut short or damaged, run train again");
                }
                handler.accept(new Line(file, number, names, fields));
            }
        } catch (Damaged e) {
            throw e;
        } catch (CharacterCodingException e) {
            throw new Damaged(file + " is not UTF-8 text; the file is damaged, run train again");
        } catch (IOException e) {
            throw new IOException(FileKinds.message(file, e), e);
        }
    }

    /** metrics.csv as rows. */
    static List<MetricsRow> metrics(Path file) throws IOException {
        List<MetricsRow> rows = new ArrayList<>();
        read(file, METRICS_HEADER, l -> rows.add(new MetricsRow(l.whole(0), l.number(1), l.number(2), l.number(3),
                l.number(4), l.number(5), l.number(6))));
        if (rows.isEmpty()) throw new IOException(file + " has no rows; run train again");
        return rows;
    }

    /**
     * The snapshots of a run: from parameters.csv (one per epoch in it), each with the epoch-end metrics row of
     * its epoch; for a family without parameters (parameters.csv holds only its header), one per epoch-end row of
     * the metrics. Histograms are not in the files: null.
     */
    static List<Snapshot> snapshots(Path parametersCsv, SavedModel model, List<MetricsRow> metrics) throws IOException {
        return snapshots(parametersCsv, null, model, metrics);
    }

    /**
     * As above, each layer's spline grid read from grids.csv at its epoch (null or missing: the model's final one).
     */
    static List<Snapshot> snapshots(Path parametersCsv, Path gridsCsv, SavedModel model, List<MetricsRow> metrics)
            throws IOException {
        Map<Double, double[][]> grids = gridsCsv != null && Files.exists(gridsCsv) ? grids(gridsCsv, model)
                : Map.of();
        int layers = model.activations().size();
        Map<Double, List<List<double[]>>> byEpoch = new LinkedHashMap<>();   // epoch → layer → (unit, index, value)
        read(parametersCsv, PARAMETERS_HEADER, l -> {
            int layer = l.whole(1);
            if (layer < 0 || layer >= layers) throw l.bad(1, "the model has no activation layer " + layer);
            SavedModel.ActivationParams a = model.activations().get(layer);
            int unit = l.whole(2);
            int vectors = a.sharing() == Sharing.NEURON ? a.units() : 1;
            if (unit < -1 || unit >= vectors || (vectors > 1) == (unit < 0)) {
                throw l.bad(2, "unit " + unit + " does not fit layer " + layer + " (" + vectors + " parameter vectors)");
            }
            int index = l.whole(3);
            if (index < 0 || index >= 1 << 20) throw l.bad(3, "index " + index + " is out of range");
            double value = l.number(5);
            List<List<double[]>> perLayer = byEpoch.computeIfAbsent(l.number(0), e -> {
                List<List<double[]>> p = new ArrayList<>();
                for (int i = 0; i < layers; i++) p.add(new ArrayList<>());
                return p;
            });
            perLayer.get(layer).add(new double[] {Math.max(0, unit), index, value});
        });
        List<Snapshot> out = new ArrayList<>();
        if (byEpoch.isEmpty()) {
            for (MetricsRow m : metrics) {
                if (m.epoch() == Math.rint(m.epoch()) && (m.epoch() == 0 || !Double.isNaN(m.testLoss()))) {
                    out.add(snapshot(model, m.epoch(), m, emptyParams(layers), null));
                }
            }
            return out;
        }
        for (Map.Entry<Double, List<List<double[]>>> e : byEpoch.entrySet()) {
            double[][] params = new double[layers][];
            for (int l = 0; l < layers; l++) params[l] = vectorsOf(model.activations().get(l), e.getValue().get(l));
            out.add(snapshot(model, e.getKey(), epochRow(metrics, e.getKey()), params, grids.get(e.getKey())));
        }
        return out;
    }

    /** vectors × P values from (unit, index, value) triples; P = the largest index + 1 (grid-refine changes it). */
    private static double[] vectorsOf(SavedModel.ActivationParams a, List<double[]> triples) {
        int vectors = a.sharing() == Sharing.NEURON ? a.units() : 1;
        int p = 0;
        for (double[] t : triples) p = Math.max(p, (int) t[1] + 1);
        double[] values = new double[vectors * p];
        for (double[] t : triples) values[(int) t[0] * p + (int) t[1]] = (float) t[2];
        return values;
    }

    private static double[][] emptyParams(int layers) {
        double[][] p = new double[layers][];
        for (int l = 0; l < layers; l++) p[l] = new double[0];
        return p;
    }

    /** grids.csv: epoch → layer → {lo, hi} (null for a layer without a row). */
    private static Map<Double, double[][]> grids(Path file, SavedModel model) throws IOException {
        int layers = model.activations().size();
        Map<Double, double[][]> out = new LinkedHashMap<>();
        read(file, GRIDS_HEADER, l -> {
            int layer = l.whole(1);
            if (layer < 0 || layer >= layers) throw l.bad(1, "the model has no activation layer " + layer);
            double lo = l.number(2);
            double hi = l.number(3);
            if (!(lo < hi) || !Double.isFinite(lo) || !Double.isFinite(hi)) {
                throw l.bad(2, "a grid from " + lo + " to " + hi + " is not a range");
            }
            out.computeIfAbsent(l.number(0), e -> new double[layers][])[layer] = new double[] {lo, hi};
        });
        return out;
    }

    private static Snapshot snapshot(SavedModel model, double epoch, MetricsRow row, double[][] params,
                                     double[][] grids) {
        List<LayerSnapshot> states = new ArrayList<>();
        for (int l = 0; l < params.length; l++) {
            SavedModel.ActivationParams a = model.activations().get(l);
            double[] grid = grids != null && grids[l] != null ? grids[l] : a.grid();
            states.add(new LayerSnapshot(l, a.units(), a.sharing(), params[l], null, grid, null));
        }
        return new Snapshot(row != null ? row.step() : 0, epoch, row != null ? row.seconds() : 0, row,
                List.copyOf(states));
    }

    private static MetricsRow epochRow(List<MetricsRow> metrics, double epoch) {
        MetricsRow found = null;
        for (MetricsRow m : metrics) {
            if (m.epoch() == epoch) found = m;
        }
        return found;
    }
}
