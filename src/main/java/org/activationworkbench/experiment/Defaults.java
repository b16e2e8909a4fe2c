package org.activationworkbench.experiment;

import java.util.List;
import java.util.Map;
import org.activationworkbench.activation.ActivationRegistry;
import org.activationworkbench.activation.ActivationSpec;
import org.activationworkbench.data.DataOptions;
import org.activationworkbench.data.Dataset;
import org.activationworkbench.data.DatasetRegistry;
import org.activationworkbench.train.OptimizerType;
import org.activationworkbench.train.ProcedureOptions;
import org.activationworkbench.train.Schedule;
import org.activationworkbench.train.TrainingOptions;

/**
 * The one home of defaults: what an experiment is when a person names only the dataset and the family, and how the
 * options they did give change it. `train` and the window both start here, so they agree by construction.
 *
 * <ul>
 *   <li>Small sets (under {@value #LARGE} training rows) get batch {@value #SMALL_BATCH}, learning rate 0.01 and
 *       enough epochs for about {@value #SMALL_STEPS} steps (20 to 500: iris has only 4 batches an epoch); larger
 *       ones 10 epochs of 128 at Adam's usual 0.001.</li>
 *   <li>Generated sets (points in the plane, curves on a line) get two hidden layers of 16, tables and images two of 32.</li>
 *   <li>The activations learn at the weights' rate unless --act-lr is given.</li>
 *   <li>slaf clips the gradient norm at 1 unless --clip is given: its polynomials grow fast.</li>
 *   <li>bspline's knot grid follows its inputs (--grid follow) and a little TV2 keeps the splines smooth
 *       (--procedure tv2 at λ 1e-3), unless given: otherwise a tenth of the inputs fall outside the grid and the
 *       splines turn to zig-zags a class cannot read (measured in the classroom issue's note).</li>
 *   <li>Adam, a cosine schedule over the planned epochs, seed 0, the joint procedure.</li>
 * </ul>
 */
public final class Defaults {

    public static final int LARGE = 5000;
    public static final int SMALL_STEPS = 1500;
    public static final int SMALL_BATCH = 32;

    private Defaults() {
    }

    /** How the dataset is loaded, from the given data options (the rest at their defaults). */
    public static DataOptions dataOptions(Map<String, Object> given) {
        ExperimentConfig c = applyGiven(placeholder(), given, Setting.Group.DATA);
        return c.data();
    }

    /** The experiment on a loaded dataset: defaults for this data and family, then every given option. */
    public static ExperimentConfig config(String datasetName, Dataset data, Map<String, Object> given) {
        String family = (String) given.get("family");
        if (family == null) throw new IllegalArgumentException("an experiment needs a family (--family)");
        ActivationSpec spec = familyRule(activation(family, given), given.keySet());
        int rows = data.train().rows();
        TrainingOptions training = rows >= LARGE
                ? new TrainingOptions(10, 128, 0.001, 0.001, OptimizerType.ADAM, 0.9, false, 0, 0, 0, 0, Schedule.COSINE)
                : new TrainingOptions(smallEpochs(rows), SMALL_BATCH, 0.01, 0.01, OptimizerType.ADAM, 0.9, false, 0, 0,
                        0, 0, Schedule.COSINE);
        List<Integer> hidden = new DatasetRegistry().generator(datasetName).isPresent() ? List.of(16, 16) : List.of(32, 32);
        ExperimentConfig c = new ExperimentConfig(datasetName, dataOptions(given), spec, null, hidden, training,
                List.of(), ProcedureOptions.defaults());
        c = applyGiven(c, given, null);
        // rules that follow other options unless given themselves
        if (!given.containsKey("act-lr")) c = c.withTraining(c.training().withActLr(c.training().lr()));
        if (!given.containsKey("clip")) c = c.withTraining(c.training().withClip(familyClip(spec.family())));
        if (!given.containsKey("procedure")) c = c.withProcedure(c.procedure().withName(familyProcedure(spec.family())));
        return c;
    }

    /** bspline follows its inputs unless --grid is given. */
    static ActivationSpec familyRule(ActivationSpec spec, java.util.Set<String> given) {
        return "bspline".equals(spec.family()) && !given.contains("grid") ? spec.with("grid", "follow") : spec;
    }

    /** bspline trains with a little TV2 (smooth, readable splines); the others plainly, jointly. */
    static String familyProcedure(String family) {
        return "bspline".equals(family) ? "tv2" : ProcedureOptions.DEFAULT;
    }

    /**
     * The config with another family at that family's defaults: its own options and sharing, its gradient clipping
     * and its procedure (tv2 for bspline, joint for the others). Everything else stays.
     */
    public static ExperimentConfig withFamily(ExperimentConfig c, String family) {
        return new ExperimentConfig(c.dataset(), c.data(), familyRule(ActivationSpec.of(family), java.util.Set.of()),
                null, c.hidden(), c.training().withClip(familyClip(family)), c.conv(),
                c.procedure().withName(familyProcedure(family)), c.architecture());
    }

    /** slaf's polynomials grow fast: it trains with the gradient norm clipped at 1; the others unclipped. */
    static double familyClip(String family) {
        return "slaf".equals(family) ? 1.0 : 0.0;
    }

    /** The family with the given family options and --init-fit. */
    static ActivationSpec activation(String family, Map<String, Object> given) {
        ActivationSpec spec = ActivationSpec.of(ActivationRegistry.info(family).name());
        // any family's option name given: the chosen family takes it, or says it does not apply
        for (String name : ActivationRegistry.optionNames().keySet()) {
            if (given.containsKey(name)) spec = spec.with(name, given.get(name));
        }
        String initFit = (String) given.get("init-fit");
        return initFit == null ? spec : spec.withInitFit(initFit);
    }

    /** Epochs for about SMALL_STEPS steps of SMALL_BATCH rows, at least 20 and at most 500. */
    static int smallEpochs(int rows) {
        int stepsPerEpoch = (rows + SMALL_BATCH - 1) / SMALL_BATCH;
        return Math.max(20, Math.min(500, (SMALL_STEPS + stepsPerEpoch - 1) / stepsPerEpoch));
    }

    /** Applies the given settings of one group (all groups for null), in the schema's order. */
    private static ExperimentConfig applyGiven(ExperimentConfig c, Map<String, Object> given, Setting.Group only) {
        for (Setting s : ExperimentSchema.all()) {
            if ((only == null || s.group() == only) && given.containsKey(s.name())) c = s.apply(c, given.get(s.name()));
        }
        return c;
    }

    /** A config to hang data settings on before the dataset is known. */
    private static ExperimentConfig placeholder() {
        return new ExperimentConfig(null, DataOptions.defaults(), ActivationSpec.of("relu"), null, List.of(1),
                TrainingOptions.defaults(), List.of(), ProcedureOptions.defaults());
    }
}
