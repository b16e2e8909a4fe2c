package org.activationworkbench.export;

import org.activationworkbench.io.AtomicFiles;
import java.io.IOException;
import org.activationworkbench.experiment.LayerSnapshot;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.activationworkbench.experiment.Snapshot;
import org.activationworkbench.plot.ActivationPlot;
import org.activationworkbench.plot.Figure;
import org.activationworkbench.plot.RunInfo;
import org.activationworkbench.plot.RunPlots;
import org.activationworkbench.plot.Theme;

/**
 * Every export of one run, behind one call: the CLI's `export` and the window's File ▸ Export use this.
 * Figures are the same {@link Figure}s the live view draws; numbers go through {@link RunTables}.
 *
 * <ul>
 *   <li>activations: png (1–4×) or svg — all hidden layers, or one;</li>
 *   <li>evolution: gif (animation over the history), png/svg as a filmstrip or a heat map of f(x) against epoch;</li>
 *   <li>loss: png, svg, or csv (metrics.csv);</li>
 *   <li>numbers: csv (activations, parameters or metrics table) or json (the model file, with each layer's
 *       closed-form reading, {@link NumbersJson});</li>
 *   <li>pytorch: py, a self-contained module.</li>
 * </ul>
 */
public final class RunExporter {

    public enum What { ACTIVATIONS, EVOLUTION, LOSS, NUMBERS, PYTORCH }

    public enum Format { PNG, SVG, GIF, CSV, JSON, PY }

    /** Which evolution picture a still format gets. */
    public enum EvolutionView { FILMSTRIP, HEATMAP }

    /** Which table a numbers CSV holds. */
    public enum NumbersTable { ACTIVATIONS, PARAMETERS, METRICS }

    /**
     * One export.
     *
     * @param layer  hidden layer, 0-based, or {@link RunPlots#ALL_LAYERS} (evolution views use layer 0 then)
     * @param unit   neuron (0-based) for single-activation views in neuron sharing
     * @param scale  PNG/GIF scale, 1–4
     * @param frames most frames of a GIF or filmstrip
     */
    public record Request(What what, Format format, int layer, int unit, double scale, int frames,
                          EvolutionView view, NumbersTable table, Path out) {

        public static Request of(What what, Format format, Path out) {
            return new Request(what, format, RunPlots.ALL_LAYERS, 0, 2, 40, EvolutionView.FILMSTRIP,
                    NumbersTable.ACTIVATIONS, out);
        }
    }

    /** Most filmstrip panels: more would not fit a page width. */
    public static final int FILMSTRIP_MAX = 6;
    private static final int GIF_FRAME_MILLIS = 250;

    private RunExporter() {
    }

    /** The formats each kind of export accepts, first = default. */
    public static List<Format> formats(What what) {
        return switch (what) {
            case ACTIVATIONS -> List.of(Format.PNG, Format.SVG);
            case EVOLUTION -> List.of(Format.GIF, Format.PNG, Format.SVG);
            case LOSS -> List.of(Format.PNG, Format.SVG, Format.CSV);
            case NUMBERS -> List.of(Format.CSV, Format.JSON);
            case PYTORCH -> List.of(Format.PY);
        };
    }

    /** Rejects a request whose format or scale does not fit, before any run is read. */
    public static void check(Request r) {
        if (!formats(r.what()).contains(r.format())) {
            throw new IllegalArgumentException("--format " + lower(r.format()) + " does not apply to --what "
                    + lower(r.what()) + " (use " + String.join(", ", formats(r.what()).stream().map(RunExporter::lower).toList()) + ")");
        }
        if (!(r.scale() >= PlotExporter.MIN_SCALE && r.scale() <= PlotExporter.MAX_SCALE)) {
            throw new IllegalArgumentException("--scale must be between 1 and 4, got " + r.scale());
        }
    }

    public static void export(SavedRun run, Request r) throws IOException {
        export(run, r, Theme.light());
    }

    /** A unit past a neuron-shared layer's width is refused by name (a layer-shared layer has one: as `symbolic`). */
    static void checkUnit(SavedRun run, Request r) {
        if (r.unit() == 0) return;
        List<LayerSnapshot> layers = run.last().layers();
        int l = r.layer() == RunPlots.ALL_LAYERS ? 0 : r.layer();
        if (l < 0 || l >= layers.size()) return;   // the figure names a wrong --layer itself
        int vectors = layers.get(l).vectors();
        if (vectors > 1 && r.unit() >= vectors) {
            throw new IllegalArgumentException("--unit must be between 1 and " + vectors + " (hidden layer " + (l + 1)
                    + " has " + vectors + " units), got " + (r.unit() + 1));
        }
    }

    /** As {@link #export(SavedRun, Request)}, figures drawn in the given theme (the window's dark theme, say). */
    public static void export(SavedRun run, Request r, Theme theme) throws IOException {
        export(run, r, theme, ExportProgress.NONE);
    }

    /**
     * As above, telling {@code progress} of each GIF frame or each snapshot of a CSV table written, and stopping
     * at the next one with a {@link java.util.concurrent.CancellationException} once it is cancelled (the target
     * file is then left as it was). Single figures, the model and the PyTorch module are written in one piece.
     */
    public static void export(SavedRun run, Request r, Theme theme, ExportProgress progress) throws IOException {
        check(r);
        checkUnit(run, r);
        RunInfo info = run.info();
        List<Snapshot> snaps = run.snapshots();
        Map<String, String> meta = RunPlots.metadata(info, run.last().epoch());
        if (r.what() == What.EVOLUTION && r.format() == Format.GIF) {
            // each frame says its epoch in its own subtitle ("epoch 12 / 40"), clear of the title: no stamp on top
            List<ActivationPlot> frames = RunPlots.evolutionFrames(info, snaps, r.layer(), r.frames());
            List<String> stamps = java.util.Collections.nCopies(frames.size(), "");
            GifExporter.write(frames, stamps, r.out(), r.scale(), GIF_FRAME_MILLIS, meta, theme, progress);
            return;
        }
        Figure f = figure(run, r);
        if (f != null) {
            if (r.format() == Format.SVG) PlotExporter.writeSvg(f, r.out(), meta, theme);
            else PlotExporter.writePng(f, r.out(), r.scale(), meta, theme);
            return;
        }
        switch (r.what()) {
            case ACTIVATIONS, EVOLUTION -> throw new IllegalStateException("no figure for " + r);
            case LOSS -> AtomicFiles.writeString(r.out(), RunFiles.metricsCsv(run.metrics()));
            case NUMBERS -> {
                if (r.format() == Format.JSON) {
                    AtomicFiles.writeString(r.out(), NumbersJson.json(run));
                } else {
                    switch (r.table()) {
                        case ACTIVATIONS -> RunTables.writeActivations(info.activation(), snaps, r.out(), progress);
                        case PARAMETERS -> RunTables.writeParameters(info.activation(), snaps, r.out(), progress);
                        case METRICS -> AtomicFiles.writeString(r.out(), RunFiles.metricsCsv(run.metrics()));
                    }
                }
            }
            case PYTORCH -> PyTorchExport.write(run.model(), r.out());
        }
    }

    /**
     * The figure a request draws, or null for the numbers, CSV and PyTorch exports; for a GIF, its last frame.
     * The export dialog previews exactly this.
     */
    public static Figure figure(SavedRun run, Request r) {
        RunInfo info = run.info();
        List<Snapshot> snaps = run.snapshots();
        int layer = Math.max(0, r.layer());
        return switch (r.what()) {
            case ACTIVATIONS -> RunPlots.activationFigure(info, snaps, r.layer());
            case EVOLUTION -> {
                if (r.format() == Format.GIF) {
                    List<ActivationPlot> frames = RunPlots.evolutionFrames(info, snaps, r.layer(), r.frames());
                    yield frames.get(frames.size() - 1);
                }
                yield r.view() == EvolutionView.HEATMAP ? RunPlots.heatmap(info, snaps, layer, r.unit())
                        : RunPlots.filmstrip(info, snaps, layer, r.unit(), Math.min(FILMSTRIP_MAX, r.frames()));
            }
            case LOSS -> r.format() == Format.CSV ? null : RunPlots.lossFigure(info, run.metrics());
            case NUMBERS, PYTORCH -> null;
        };
    }

    /** The format a file name implies ("x.svg" → SVG), or null. */
    public static Format formatOf(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = n.lastIndexOf('.');
        if (dot < 0) return null;
        for (Format f : Format.values()) {
            if (lower(f).equals(n.substring(dot + 1))) return f;
        }
        return null;
    }

    static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
