package org.activationworkbench.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.activationworkbench.export.RunExporter;
import org.activationworkbench.export.RunExporter.Format;
import org.activationworkbench.export.RunExporter.What;
import org.activationworkbench.plot.RunPlots;
import org.activationworkbench.export.SavedRun;
import org.activationworkbench.io.OutputTarget;
import org.activationworkbench.plot.Theme;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Export a run (a `train` folder or a .awb workbench file): figures, numbers or a PyTorch module.")
final class ExportCommand implements Callable<Integer> {

    @Option(names = "--run", required = true, paramLabel = "DIR|FILE.awb", description = "The run: a folder written by train, or a workbench file.")
    Path run;

    @Option(names = "--what", required = true, paramLabel = "activations|evolution|loss|numbers|pytorch",
            description = "What to export.")
    String what;

    @Option(names = "--layer", paramLabel = "N", description = "Hidden layer, from 1 (default: all layers; evolution: 1).")
    Integer layer;

    @Option(names = "--unit", paramLabel = "N", defaultValue = "1", description = "Neuron, from 1, for single-activation views with neuron sharing (default ${DEFAULT-VALUE}).")
    int unit;

    @Option(names = "--format", paramLabel = "png|svg|gif|csv|json|py", description = "File format (default: from --out's extension).")
    String format;

    @Option(names = "--scale", paramLabel = "S", description = "PNG/GIF scale, 1 to 4 (default 2 for PNG, 1 for GIF).")
    Double scale;

    @Option(names = "--view", paramLabel = "filmstrip|heatmap", defaultValue = "filmstrip", description = "Evolution as png/svg: a filmstrip of snapshots or a heat map of f(x) against epoch (default ${DEFAULT-VALUE}).")
    String view;

    @Option(names = "--frames", paramLabel = "N", defaultValue = "40", description = "Most frames of a GIF (filmstrips show at most 6) (default ${DEFAULT-VALUE}).")
    int frames;

    @Option(names = "--table", paramLabel = "activations|parameters|metrics", defaultValue = "activations", description = "Which table `numbers --format csv` writes (default ${DEFAULT-VALUE}).")
    String table;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output file (replaced atomically).")
    Path out;

    @Override
    public Integer call() throws Exception {
        What w = parse(What.class, what, "--what");
        Format f = format != null ? parse(Format.class, format, "--format") : RunExporter.formatOf(out);
        if (f == null) f = RunExporter.formats(w).get(0);
        if (layer != null && layer < 1) throw new IllegalArgumentException("--layer counts from 1, got " + layer);
        if (unit < 1) throw new IllegalArgumentException("--unit counts from 1, got " + unit);
        if (frames < 2) throw new IllegalArgumentException("--frames must be at least 2, got " + frames);
        if (Files.isDirectory(out)) throw new IllegalArgumentException("--out " + out + " is a folder; give a file name");
        RunExporter.Request r = new RunExporter.Request(w, f, layer == null ? RunPlots.ALL_LAYERS : layer - 1, unit - 1,
                scale != null ? scale : f == Format.GIF ? 1 : 2, frames, parse(RunExporter.EvolutionView.class, view, "--view"),
                parse(RunExporter.NumbersTable.class, table, "--table"), out);
        RunExporter.check(r);   // a wrong option fails before the run is read
        OutputTarget.of(out).checkWritable("--out").refuseInputs("--out", SavedRun.inputFiles(run), "--run");
        SavedRun saved = SavedRun.open(run);
        TerminalExportProgress progress = new TerminalExportProgress();
        RunExporter.export(saved, r, Theme.light(), progress);
        progress.done();
        System.out.println("wrote " + out);
        return 0;
    }

    static <E extends Enum<E>> E parse(Class<E> type, String text, String option) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(text.trim())) return e;
        }
        StringBuilder ok = new StringBuilder();
        for (E e : type.getEnumConstants()) ok.append(ok.length() == 0 ? "" : ", ").append(e.name().toLowerCase(Locale.ROOT));
        throw new IllegalArgumentException(option + " must be one of " + ok + ", got '" + text + "'");
    }
}
