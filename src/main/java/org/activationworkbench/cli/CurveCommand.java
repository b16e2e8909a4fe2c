package org.activationworkbench.cli;

import java.util.concurrent.Callable;
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
        double[] xs = xs();
        StringBuilder out = new StringBuilder("x,y,dy\n");
        for (double x : xs) {
            out.append(NumberText.roundTrip(x)).append(',').append(NumberText.roundTrip(a.value(x, p, 0))).append(',')
                    .append(NumberText.roundTrip(a.derivative(x, p, 0))).append('\n');
        }
        System.out.print(out);
        return 0;
    }

    private double[] xs() {
        if (points.x != null) return Numbers.parseList(points.x, "--x");
        Grid g = points.grid;
        if (g.n < 1) throw new IllegalArgumentException("--points must be at least 1, got " + g.n);
        if (!Double.isFinite(g.from) || !Double.isFinite(g.to)) throw new IllegalArgumentException("--from and --to must be finite");
        double[] xs = new double[g.n];
        for (int i = 0; i < g.n; i++) xs[i] = g.n == 1 ? g.from : g.from + (g.to - g.from) * i / (g.n - 1);
        return xs;
    }
}
