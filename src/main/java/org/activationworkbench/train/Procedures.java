package org.activationworkbench.train;

import java.util.List;
import java.util.Locale;
import org.activationworkbench.core.Option;

/** Every training procedure by name, with the one-line description the window's picker and `train --help` show. */
public final class Procedures {

    /**
     * A procedure's name, what it does in one line, whether it needs the bspline family, and the settings of
     * {@link ProcedureOptions} it reads (the command line and the window offer only those).
     */
    public record Info(String name, String description, boolean bsplineOnly, List<Option> options) {

        /** Whether the procedure can train a network of this activation family. */
        public boolean supports(String family) {
            return !bsplineOnly || "bspline".equals(family);
        }
    }

    private static final List<Info> ALL = List.of(
            new Info("joint", "weights and activation parameters together, one optimizer, one learning rate", false,
                    List.of()),
            new Info("joint-scaled", "joint, with the activation learning rate × --act-lr-scale (default 10)", false,
                    List.of(ProcedureOptions.ACT_LR_SCALE)),
            new Info("two-optimizers", "SGD with momentum for the weights, Adam for the activation parameters", false,
                    List.of()),
            new Info("warmup-frozen", "activations frozen at init for the first --phase-epochs epochs, then joint", false,
                    List.of(ProcedureOptions.PHASE_EPOCHS)),
            new Info("activations-first", "weights frozen for the first --phase-epochs epochs while only shapes learn, then joint",
                    false, List.of(ProcedureOptions.PHASE_EPOCHS)),
            new Info("alternating", "weights and activations take turns every --alternate-steps steps", false,
                    List.of(ProcedureOptions.ALTERNATE_STEPS)),
            new Info("freeze-late", "joint, then activations frozen for the last --phase-epochs epochs while weights settle",
                    false, List.of(ProcedureOptions.PHASE_EPOCHS)),
            new Info("tv2", "joint with a λ·TV2 penalty on the knots (--tv2); afterwards flat knots are pruned", true,
                    List.of(ProcedureOptions.TV2, ProcedureOptions.PRUNE_THRESHOLD)),
            new Info("grid-refine", "start with few knots, double them (K → 2K−1) at --refine-epochs, keep training", true,
                    List.of(ProcedureOptions.REFINE_EPOCHS)),
            new Info("fixed", "activations stay frozen at their init: the static baseline of any family", false,
                    List.of()));

    /** Every procedure's name, for choices. */
    public static List<String> names() {
        return ALL.stream().map(Info::name).toList();
    }

    private Procedures() {
    }

    public static List<Info> all() {
        return ALL;
    }

    public static Info info(String name) {
        String key = name.trim().toLowerCase(Locale.ROOT);
        for (Info i : ALL) {
            if (i.name().equals(key)) return i;
        }
        throw new IllegalArgumentException("unknown procedure '" + name + "' (known: "
                + String.join(", ", ALL.stream().map(Info::name).toList()) + ")");
    }

    /** A fresh procedure (they keep per-run state) as the options describe. */
    public static Procedure create(ProcedureOptions o) {
        return switch (info(o.name()).name()) {
            case "joint" -> new SinglePhaseProcedure("joint", Phase.JOINT, TrainingOptions::createOptimizer);
            case "joint-scaled" -> new SinglePhaseProcedure("joint-scaled", Phase.JOINT, (opts, params) -> {
                Optimizer opt = opts.createOptimizer(params);
                opt.group(org.activationworkbench.nn.ParameterGroup.ACTIVATION)
                        .lrMultiplier(o.actLrScale());
                return opt;
            });
            case "two-optimizers" -> new SinglePhaseProcedure("two-optimizers", Phase.JOINT,
                    SplitOptimizer::sgdWeightsAdamActivations);
            case "warmup-frozen" -> new TwoPhaseProcedure("warmup-frozen", Phase.WEIGHTS_ONLY, Phase.JOINT,
                    o.phaseEpochs(), false);
            case "activations-first" -> new TwoPhaseProcedure("activations-first", Phase.ACTIVATIONS_ONLY, Phase.JOINT,
                    o.phaseEpochs(), false);
            case "alternating" -> new AlternatingProcedure(o.alternateSteps());
            case "freeze-late" -> new TwoPhaseProcedure("freeze-late", Phase.JOINT, Phase.WEIGHTS_ONLY,
                    o.phaseEpochs(), true);
            case "tv2" -> new Tv2Procedure(o.tv2(), o.pruneThreshold());
            case "grid-refine" -> new GridRefineProcedure(o.refineEpochs().stream().mapToInt(Integer::intValue).toArray());
            case "fixed" -> new SinglePhaseProcedure("fixed", Phase.WEIGHTS_ONLY, TrainingOptions::createOptimizer);
            default -> throw new IllegalStateException("no factory for procedure " + o.name());
        };
    }

    /** The named procedure with these settings (the name in the options is ignored). */
    public static Procedure create(String name, ProcedureOptions options) {
        return create(options.withName(name));
    }

    /** The default: joint, exactly the training of a run without --procedure. */
    public static Procedure joint() {
        return create(ProcedureOptions.defaults());
    }
}
