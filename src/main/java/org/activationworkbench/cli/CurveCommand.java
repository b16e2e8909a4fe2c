package org.activationworkbench.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import java.util.function.IntToDoubleFunction;
import org.activationworkbench.activation.Activation;
import org.activationworkbench.activation.ActivationRegistry;
import org.activationworkbench.activation.ActivationSpec;
import org.activationworkbench.core.NumberText;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "curve", mixinStandardHelpOptions = true, abbreviateSynopsis = true,
        description = "Evaluate one activation, no training. Prints CSV x,y,dy on stdout.")
final class CurveCommand implements Callable<Integer>, TakesSchemaFlags {

    @Option(names = "--family", required = true, paramLabel = "NAME", description = "Activation family (see `families`).")
    String family;

    @Option(names = "--init-fit", paramLabel = "BASELINE",
            description = "Start as a least-squares fit to a fixed baseline, e.g. gelu.")
    String initFit;

    @Spec
    CommandSpec spec;

    private final SchemaFlags flags = new SchemaFlags().familyOptions();

    @Override
    public SchemaFlags schemaFlags() {
        return flags;
    }

    @Option(names = "--params", paramLabel = "P0,P1,...", description = "Parameter values in spec order (default: init).")
    String params;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Points points;

    static final class Points {
        @Option(names = "--x", paramLabel = "X1,X2,...", required = true, description = "Explicit points.")
        String x;

        @ArgGroup(exclusive = false)
        Grid grid;
    }

    static final class Grid {
        @Option(names = "--from", required = true, paramLabel = "A") double from;
        @Option(names = "--to", required = true, paramLabel = "B") double to;
        @Option(names = "--points", required = true, paramLabel = "N") int n;
    }

    @Override
    public Integer call() {
        ActivationSpec s = new ActivationSpec(ActivationRegistry.info(family).name(), flags.given(spec), initFit);
        Activation a = ActivationRegistry.create(s);
        double[] p = a.initialParameters();
        if (params != null) {
            if (!a.learnable()) throw new IllegalArgumentException("--params: family " + a.family() + " has no parameters");
            double[] given = Numbers.parseList(params, "--params");
            if (given.length != p.length) {
                throw new IllegalArgumentException("--params: " + a.family() + " takes " + p.length + " values ("
                        + String.join(", ", a.parameterNames()) + "), got " + given.length);
            }
            p = given;
        }
        double[] explicit = points.x != null ? Numbers.parseList(points.x, "--x") : null;
        IntToDoubleFunction x = explicit != null ? i -> explicit[i] : grid();
        int n = explicit != null ? explicit.length : points.grid.n;
        // one line at a time: a long grid is streamed, never held
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8),
                1 << 16));
        out.print("x,y,dy\n");
        for (int i = 0; i < n; i++) {
            double xi = x.applyAsDouble(i);
            out.print(NumberText.roundTrip(xi) + "," + NumberText.roundTrip(a.value(xi, p, 0)) + "," + NumberText.roundTrip(a.derivative(xi, p, 0)) + "\n");
        }
        out.flush();
        return 0;
    }

    /** Most points of a grid: ten million lines of CSV are about 300 MB. */
    static final int MAX_POINTS = 10_000_000;

    private IntToDoubleFunction grid() {
        Grid g = points.grid;
        if (g.n < 1 || g.n > MAX_POINTS) {
            throw new IllegalArgumentException("--points must be between 1 and " + MAX_POINTS + ", got " + g.n);
        }
        if (!Double.isFinite(g.from) || !Double.isFinite(g.to)) throw new IllegalArgumentException("--from and --to must be finite");
        return i -> g.n == 1 ? g.from : g.from + (g.to - g.from) * i / (g.n - 1);
    }
}
