package org.activationworkbench.export;

import org.activationworkbench.core.NumberText;

import org.activationworkbench.plot.RunPlots;

import org.activationworkbench.io.AtomicFiles;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.activationworkbench.activation.Activation;
import org.activationworkbench.experiment.LayerState;
import org.activationworkbench.experiment.MetricsRow;
import org.activationworkbench.experiment.ModelState;
import org.activationworkbench.experiment.Snapshot;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;
import tech.tablesaw.io.csv.CsvWriteOptions;
import tech.tablesaw.io.csv.CsvWriter;

/**
 * The numeric tables of a run (activations.csv, parameters.csv) as Tablesaw tables, written and read back.
 * Numbers are written as the shortest text that reads back as the same float, so these files match
 * {@code train}'s exactly; reading parameters.csv gives back every epoch's snapshot (without histograms).
 */
public final class RunTables {

    /** Points per sampled curve in activations.csv. */
    public static final int CURVE_POINTS = RunPlots.CURVE_POINTS;

    private RunTables() {
    }

    /** Header epoch,layer,unit,x,y: every activation sampled on its working range at every snapshot. */
    public static Table activations(Activation a, List<Snapshot> snapshots) {
        double[] range = a.workingRange();
        StringColumn epoch = StringColumn.create("epoch");
        IntColumn layerCol = IntColumn.create("layer");
        IntColumn unitCol = IntColumn.create("unit");
        StringColumn x = StringColumn.create("x");
        StringColumn y = StringColumn.create("y");
        String[] xs = new String[CURVE_POINTS];
        double[] xv = new double[CURVE_POINTS];
        for (int i = 0; i < CURVE_POINTS; i++) {
            xv[i] = range[0] + (range[1] - range[0]) * i / (CURVE_POINTS - 1);
            xs[i] = NumberText.cell(xv[i]);
        }
        for (Snapshot s : snapshots) {
            String e = NumberText.cell(s.epoch());
            for (LayerState layer : s.layers()) {
                Activation own = layer.activationOr(a); // grid refinement: earlier snapshots have fewer knots
                int n = own.parameterCount();
                for (int v = 0; v < layer.vectors(); v++) {
                    int unit = layer.vectors() == 1 ? -1 : v;
                    for (int i = 0; i < CURVE_POINTS; i++) {
                        epoch.append(e);
                        layerCol.append(layer.layer());
                        unitCol.append(unit);
                        x.append(xs[i]);
                        y.append(NumberText.cell(own.value(xv[i], layer.params(), v * n)));
                    }
                }
            }
        }
        return Table.create("activations", epoch, layerCol, unitCol, x, y);
    }

    /** Header epoch,layer,unit,index,name,value: every activation parameter at every snapshot. */
    public static Table parameters(Activation a, List<Snapshot> snapshots) {
        StringColumn epoch = StringColumn.create("epoch");
        IntColumn layerCol = IntColumn.create("layer");
        IntColumn unitCol = IntColumn.create("unit");
        IntColumn index = IntColumn.create("index");
        StringColumn name = StringColumn.create("name");
        StringColumn value = StringColumn.create("value");
        for (Snapshot s : snapshots) {
            String e = NumberText.cell(s.epoch());
            for (LayerState layer : s.layers()) {
                Activation own = layer.activationOr(a);
                int n = own.parameterCount();
                List<String> names = own.parameterNames();
                for (int v = 0; v < layer.vectors(); v++) {
                    int unit = layer.vectors() == 1 ? -1 : v;
                    for (int i = 0; i < n; i++) {
                        epoch.append(e);
                        layerCol.append(layer.layer());
                        unitCol.append(unit);
                        index.append(i);
                        name.append(names.get(i));
                        value.append(NumberText.cell(layer.params()[v * n + i]));
                    }
                }
            }
        }
        return Table.create("parameters", epoch, layerCol, unitCol, index, name, value);
    }

    /** The table as CSV text: a header line, comma-separated, "\n" line ends. */
    public static String csv(Table t) {
        return csv(t, true);
    }

    private static String csv(Table t, boolean header) {
        StringWriter w = new StringWriter();
        new CsvWriter().write(t, CsvWriteOptions.builder(w).lineEnd("\n").header(header).build());
        return w.toString();
    }

    public static void write(Table t, Path file) throws IOException {
        AtomicFiles.writeString(file, csv(t));
    }

    /** activations.csv: the text of {@code csv(activations(a, snapshots))}, written snapshot by snapshot. */
    public static void writeActivations(Activation a, List<Snapshot> snapshots, Path file, ExportProgress progress)
            throws IOException {
        writeBySnapshot(snapshots, s -> activations(a, s), file, progress);
    }

    /** parameters.csv: the text of {@code csv(parameters(a, snapshots))}, written snapshot by snapshot. */
    public static void writeParameters(Activation a, List<Snapshot> snapshots, Path file, ExportProgress progress)
            throws IOException {
        writeBySnapshot(snapshots, s -> parameters(a, s), file, progress);
    }

    /**
     * One table of rows per snapshot, appended under one header: a long run's table never sits in memory whole,
     * and {@code progress} hears of (and may cancel at) every snapshot.
     */
    private static void writeBySnapshot(List<Snapshot> snapshots, Function<List<Snapshot>, Table> rows, Path file,
                                        ExportProgress progress) throws IOException {
        int n = snapshots.size();
        AtomicFiles.write(file, out -> {
            out.write(csv(rows.apply(List.of()), true).getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < n; i++) {
                out.write(csv(rows.apply(snapshots.subList(i, i + 1)), false).getBytes(StandardCharsets.UTF_8));
                progress.advance(i + 1, n, "snapshot");
            }
        });
    }

    /**
     * Rebuilds the per-epoch snapshots from parameters.csv, given the model (layer widths and sharing) and the
     * metrics rows (each snapshot takes the epoch-end row of its epoch). Histograms are not in the file: null.
     */
    public static List<Snapshot> readSnapshots(Path parametersCsv, ModelState model, List<MetricsRow> metrics)
            throws IOException {
        Table t = Table.read().csv(CsvReadOptions.builder(parametersCsv.toFile())
                .columnTypes(new ColumnType[] {ColumnType.DOUBLE, ColumnType.INTEGER, ColumnType.INTEGER,
                    ColumnType.INTEGER, ColumnType.STRING, ColumnType.DOUBLE}).build());
        DoubleColumn epoch = t.doubleColumn("epoch");
        IntColumn layer = t.intColumn("layer");
        IntColumn unit = t.intColumn("unit");
        IntColumn index = t.intColumn("index");
        DoubleColumn value = t.doubleColumn("value");
        int layers = model.activations().size();
        int perVector = model.activations().isEmpty() ? 0 : model.activations().get(0).params().length
                / vectors(model.activations().get(0));
        Map<Double, double[][]> byEpoch = new LinkedHashMap<>();
        for (int r = 0; r < t.rowCount(); r++) {
            double[][] params = byEpoch.computeIfAbsent(epoch.getDouble(r), e -> {
                double[][] p = new double[layers][];
                for (int l = 0; l < layers; l++) p[l] = new double[model.activations().get(l).params().length];
                return p;
            });
            int l = layer.getInt(r);
            if (l < 0 || l >= layers) throw new IOException(parametersCsv + " line " + (r + 2) + ": no hidden layer " + l);
            int v = Math.max(0, unit.getInt(r));
            int pos = v * perVector + index.getInt(r);
            if (pos < 0 || pos >= params[l].length) {
                throw new IOException(parametersCsv + " line " + (r + 2) + ": unit " + unit.getInt(r) + ", index "
                        + index.getInt(r) + " does not fit the model");
            }
            params[l][pos] = (float) value.getDouble(r);
        }
        List<Snapshot> out = new ArrayList<>();
        for (Map.Entry<Double, double[][]> e : byEpoch.entrySet()) {
            List<LayerState> states = new ArrayList<>();
            for (int l = 0; l < layers; l++) {
                ModelState.ActivationParams a = model.activations().get(l);
                states.add(new LayerState(l, a.units(), a.sharing(), e.getValue()[l], null));
            }
            MetricsRow row = epochRow(metrics, e.getKey());
            out.add(new Snapshot(row != null ? row.step() : 0, e.getKey(), row != null ? row.seconds() : 0, row,
                    List.copyOf(states)));
        }
        return out;
    }

    private static int vectors(ModelState.ActivationParams a) {
        return a.sharing() == org.activationworkbench.activation.Sharing.NEURON ? a.units() : 1;
    }

    private static MetricsRow epochRow(List<MetricsRow> metrics, double epoch) {
        MetricsRow found = null;
        for (MetricsRow m : metrics) {
            if (m.epoch() == epoch) found = m;
        }
        return found;
    }

    /** Reads metrics.csv (header step,epoch,seconds,train_loss,test_loss,train_accuracy,test_accuracy). */
    public static List<MetricsRow> readMetrics(Path metricsCsv) throws IOException {
        Table t = Table.read().csv(CsvReadOptions.builder(metricsCsv.toFile())
                .columnTypes(new ColumnType[] {ColumnType.LONG, ColumnType.DOUBLE, ColumnType.DOUBLE, ColumnType.DOUBLE,
                    ColumnType.DOUBLE, ColumnType.DOUBLE, ColumnType.DOUBLE}).build());
        List<MetricsRow> rows = new ArrayList<>(t.rowCount());
        for (int r = 0; r < t.rowCount(); r++) {
            rows.add(new MetricsRow(t.longColumn(0).getLong(r), d(t, 1, r), d(t, 2, r), d(t, 3, r), d(t, 4, r),
                    d(t, 5, r), d(t, 6, r)));
        }
        return rows;
    }

    private static double d(Table t, int col, int row) {
        DoubleColumn c = t.doubleColumn(col);
        return c.isMissing(row) ? Double.NaN : c.getDouble(row);
    }


    static String fixed3(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }
}
