package org.activationworkbench.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.activationworkbench.experiment.Json;
import org.activationworkbench.export.SavedRun;
import org.activationworkbench.export.SurgeryFiles;
import org.activationworkbench.symbolic.Primitive;
import org.activationworkbench.symbolic.Ranking;
import org.activationworkbench.symbolic.Reading;
import org.activationworkbench.symbolic.ReadingJson;
import org.activationworkbench.symbolic.ReadingTables;
import org.activationworkbench.symbolic.RunReader;
import org.activationworkbench.symbolic.Surgery;
import org.activationworkbench.symbolic.SurgeryReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "symbolic", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Read every learned activation of a run as closed forms a*g(b*x + c) + d, and sums of two,"
                + " fitted over the inputs each activation actually saw (weighted by how often).",
            "Ranked by score = log10(max(1 - R², " + Ranking.FLOOR + ")) + " + Ranking.PER_COMPLEXITY + " * complexity (lower is better); layers and units count from 1."})
final class SymbolicCommand implements Callable<Integer> {

    enum Format { TEXT, CSV, JSON }

    @Option(names = "--run", required = true, paramLabel = "DIR|FILE.awb", description = "The run: a folder written by train, or a workbench file.")
    Path run;

    @Option(names = "--layer", paramLabel = "N", description = "Hidden layer, counted from 1 as in `export --layer` (default: all layers).")
    Integer layer;

    @Option(names = "--unit", paramLabel = "U", description = "Unit, counted from 1, of neuron-shared layers (default: every unit).")
    Integer unit;

    @Option(names = "--library", paramLabel = "a,b,...", description = "Closed forms to try (default: all): identity, relu, leaky_relu, abs, tanh, sigmoid, softplus, elu, gelu, silu, sin, cos, x2, x3, gauss.")
    String library;

    @Option(names = "--top", paramLabel = "K", defaultValue = "5", description = "Candidates shown per activation, best first (default ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--format", paramLabel = "text|csv|json", defaultValue = "text", description = "Output on stdout (default ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--inputs", paramLabel = "auto|data|histogram", defaultValue = "auto", description = "Where each activation's inputs come from: the training data sent through the saved model, the layer's recorded histogram, or auto: the data when it can be replayed, else the histogram (default ${DEFAULT-VALUE}).")
    String inputs;

    @Option(names = "--replace", description = "Activation surgery: replace the selected activations (--layer N, and --unit U in neuron sharing; default every one) by their formula of --rank, as fixed functions, write the result as a new run to --out and print the loss and accuracy before and after.")
    boolean replace;

    @Option(names = "--rank", paramLabel = "K", defaultValue = "1", description = "With --replace: which candidate replaces each activation, 1 = the best (default ${DEFAULT-VALUE}).")
    int rank;

    @Option(names = "--out", paramLabel = "DIR|FILE.awb", description = "With --replace: the new run, a folder for a folder, a .awb file for a .awb file; never the input, and a folder must be new or empty.")
    Path out;

    @Override
    public Integer call() throws Exception {
        Format f = ExportCommand.parse(Format.class, format, "--format");
        RunReader.Inputs in = ExportCommand.parse(RunReader.Inputs.class, inputs, "--inputs");
        if (layer != null && layer < 1) throw new IllegalArgumentException("--layer counts from 1, got " + layer);
        if (unit != null && unit < 1) throw new IllegalArgumentException("--unit counts from 1, got " + unit);
        if (top < 1) throw new IllegalArgumentException("--top must be at least 1, got " + top);
        List<Primitive> lib = library == null ? List.of(Primitive.values()) : Primitive.parseList(library, "--library");
        RunReader.Request request = new RunReader.Request(layer == null ? RunReader.ALL : layer - 1,
                unit == null ? RunReader.ALL : unit - 1, lib, true, in);
        if (!replace && out != null) throw new IllegalArgumentException("--out is for --replace; add --replace or drop --out");
        if (replace) {
            if (out == null) throw new IllegalArgumentException("--replace needs --out DIR|FILE.awb for the new run");
            if (f != Format.TEXT) throw new IllegalArgumentException("--format: --replace prints its report as text only");
            if (rank < 1) throw new IllegalArgumentException("--rank counts from 1, got " + rank);
            SurgeryFiles.checkTarget(run, out);
        }
        SavedRun saved = SavedRun.open(run);
        List<Reading> readings = RunReader.read(saved.model(), saved.last(), saved.info().activation(), request);
        if (replace) {
            if (unit != null && layer != null && layer <= saved.model().activations().size()
                    && saved.model().activations().get(layer - 1).sharing() == org.activationworkbench.activation.Sharing.LAYER) {
                throw new IllegalArgumentException("--unit: hidden layer " + layer + " has one activation shared by all its"
                        + " units (layer sharing), so --replace replaces it whole; drop --unit");
            }
            Surgery.Outcome o = Surgery.operate(saved.model(), readings, rank);
            String report = SurgeryReport.text(o);
            SurgeryFiles.write(run, o.after(), report, out);
            System.out.print(report);
            System.out.println("wrote " + out);
            return 0;
        }
        switch (f) {
            case TEXT -> System.out.print(ReadingTables.text(readings, top));
            case CSV -> System.out.print(ReadingTables.csv(readings, top));
            case JSON -> {
                ObjectNode o = Json.pretty().createObjectNode();
                o.put("run", run.toString());
                o.put("family", saved.info().activation().displayName());
                o.put("score", "log10(max(1 - r2, " + Ranking.FLOOR + ")) + " + Ranking.PER_COMPLEXITY + " * complexity");
                o.set("activations", ReadingJson.readings(readings, top));
                System.out.println(Json.pretty().writeValueAsString(o));
            }
        }
        return 0;
    }
}
