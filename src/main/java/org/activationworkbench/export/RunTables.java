package org.activationworkbench.export;

import org.activationworkbench.core.NumberText;

import org.activationworkbench.plot.RunPlots;

import org.activationworkbench.io.AtomicFiles;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.activationworkbench.activation.Activation;
import org.activationworkbench.experiment.LayerSnapshot;
import org.activationworkbench.experiment.Snapshot;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvWriteOptions;
import tech.tablesaw.io.csv.CsvWriter;

/**
 * The numeric tables of a run (activations.csv, parameters.csv) as Tablesaw tables, written and read back.
 * Numbers are written as the shortest text that reads back as the same float, so these files match
 * {@code train}'s exactly; {@link RunTableReader} reads them back.
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
            for (LayerSnapshot layer : s.layers()) {
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
            for (LayerSnapshot layer : s.layers()) {
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
     * grids.csv: each spline layer's knot grid at each written epoch (it moves with --grid follow), so a run read
     * back draws every epoch's curve where its knots were. False (nothing written) when no layer has a grid.
     */
    public static boolean writeGrids(List<Snapshot> snapshots, Path file) throws IOException {
        StringBuilder sb = new StringBuilder(RunTableReader.GRIDS_HEADER).append('\n');
        boolean any = false;
        for (Snapshot s : snapshots) {
            for (LayerSnapshot l : s.layers()) {
                if (l.grid() == null) continue;
                any = true;
                sb.append(NumberText.cell(s.epoch())).append(',').append(l.layer()).append(',')
                        .append(l.grid()[0]).append(',').append(l.grid()[1]).append('\n');   // exact doubles
            }
        }
        if (any) AtomicFiles.writeString(file, sb.toString());
        return any;
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


    static String fixed3(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }
}
