package org.activationworkbench.experiment;

import org.activationworkbench.core.EnumText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import org.activationworkbench.activation.Sharing;
import org.activationworkbench.core.Option;
import org.activationworkbench.data.DataOptions;
import org.activationworkbench.data.DatasetRegistry;
import org.activationworkbench.data.Task;
import org.activationworkbench.experiment.Setting.Group;
import org.activationworkbench.nn.Architecture;
import org.activationworkbench.train.OptimizerType;
import org.activationworkbench.train.ProcedureOptions;
import org.activationworkbench.train.Procedures;
import org.activationworkbench.train.Schedule;
import org.activationworkbench.train.TrainingOptions;

/**
 * Every setting of an experiment besides the dataset and the activation family's own options (those each family
 * declares, see activation.FamilyInfo): the one list the command line and the window build their controls from. A
 * new setting is one entry here plus its field.
 */
public final class ExperimentSchema {

    private static final List<Setting> ALL = build();

    private ExperimentSchema() {
    }

    public static List<Setting> all() {
        return ALL;
    }

    public static List<Setting> group(Group g) {
        return ALL.stream().filter(s -> s.group() == g).toList();
    }

    public static Optional<Setting> find(String name) {
        return ALL.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    public static Setting get(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException("no setting " + name));
    }

    private static List<Setting> build() {
        List<Setting> s = new ArrayList<>();
        // ---- data -------------------------------------------------------------------------------------------
        s.add(data(DataOptions.SAMPLES, c -> c.data().samples(), (c, v) -> c.data().withSamples((Integer) v),
                ExperimentSchema::generated));
        s.add(data(DataOptions.NOISE, c -> c.data().noise(), (c, v) -> c.data().withNoise((Double) v),
                ExperimentSchema::generated));
        s.add(data(DataOptions.TEST_RATIO, c -> c.data().testRatio(), (c, v) -> c.data().withTestRatio((Double) v),
                c -> true));
        s.add(data(DataOptions.TARGET, c -> c.data().target(), (c, v) -> c.data().withTarget((String) v),
                ExperimentSchema::table));
        s.add(data(DataOptions.TASK, c -> c.data().task() == null ? null : c.data().task().label(),
                (c, v) -> c.data().withTask(v == null ? null : Task.valueOf(((String) v).toUpperCase(Locale.ROOT))),
                ExperimentSchema::table));
        s.add(data(DataOptions.IGNORE, c -> c.data().ignore(),
                (c, v) -> c.data().withIgnore(strings(v)), ExperimentSchema::table));
        s.add(data(DataOptions.DROP_MISSING, c -> c.data().dropMissing(),
                (c, v) -> c.data().withDropMissing((Boolean) v), ExperimentSchema::table));
        // the seed makes the weights, the batch order and generated data: one number for all three
        s.add(new Setting(TrainingOptions.SEED, Group.DATA, c -> c.training().seed(),
                (c, v) -> c.withTraining(c.training().withSeed((Long) v)).withData(c.data().withSeed((Long) v)),
                c -> true, false));
        // ---- network ----------------------------------------------------------------------------------------
        s.add(new Setting(ExperimentConfig.HIDDEN, Group.NETWORK, ExperimentConfig::hidden,
                (c, v) -> c.withHidden(integers(v)), c -> true, false));
        s.add(new Setting(ExperimentConfig.SHARING, Group.NETWORK,
                c -> c.sharing() == null ? null : c.sharing().label(),
                (c, v) -> c.withSharing(v == null ? null : Sharing.parse((String) v)), c -> true, false));
        s.add(new Setting(ExperimentConfig.CONV, Group.NETWORK, ExperimentConfig::conv,
                (c, v) -> c.withConv(integers(v)), c -> true, false));
        s.add(new Setting(ExperimentConfig.BLOCK, Group.NETWORK, c -> EnumText.label(c.architecture().block()),
                (c, v) -> c.withArchitecture(c.architecture().withBlock(EnumText.parse(Architecture.Block.class, (String) v, "--block"))),
                c -> true, false));
        s.add(new Setting(ExperimentConfig.NORM, Group.NETWORK, c -> EnumText.label(c.architecture().norm()),
                (c, v) -> c.withArchitecture(c.architecture().withNorm(EnumText.parse(Architecture.Norm.class, (String) v, "--norm"))),
                c -> true, false));
        // ---- training ---------------------------------------------------------------------------------------
        s.add(training(TrainingOptions.EPOCHS, c -> c.training().epochs(),
                (c, v) -> c.training().withEpochs((Integer) v), c -> true, false));
        s.add(training(TrainingOptions.BATCH, c -> c.training().batch(),
                (c, v) -> c.training().withBatch((Integer) v), c -> true, false));
        s.add(training(TrainingOptions.LR, c -> c.training().lr(),
                (c, v) -> c.training().withLr((Double) v), c -> true, true));
        s.add(training(TrainingOptions.ACT_LR, c -> c.training().actLr(),
                (c, v) -> c.training().withActLr((Double) v), c -> true, true));
        s.add(training(TrainingOptions.OPTIMIZER, c -> c.training().optimizer().label(),
                (c, v) -> c.training().withOptimizer(OptimizerType.parse((String) v)), c -> true, false));
        s.add(training(TrainingOptions.MOMENTUM, c -> c.training().momentum(),
                (c, v) -> c.training().withMomentum((Double) v), ExperimentSchema::sgd, false));
        s.add(training(TrainingOptions.NESTEROV, c -> c.training().nesterov(),
                (c, v) -> c.training().withNesterov((Boolean) v), ExperimentSchema::sgd, false));
        s.add(training(TrainingOptions.WEIGHT_DECAY, c -> c.training().weightDecay(),
                (c, v) -> c.training().withWeightDecay((Double) v), c -> true, false));
        s.add(training(TrainingOptions.SCHEDULE, c -> c.training().schedule().label(),
                (c, v) -> c.training().withSchedule(Schedule.parse((String) v)), c -> true, false));
        s.add(training(TrainingOptions.CLIP, c -> c.training().clipNorm(),
                (c, v) -> c.training().withClip((Double) v), c -> true, false));
        // ---- procedure --------------------------------------------------------------------------------------
        s.add(new Setting(ExperimentConfig.PROCEDURE, Group.PROCEDURE, c -> c.procedure().name(),
                (c, v) -> c.withProcedure(c.procedure().withName((String) v)), c -> true, false));
        s.add(procedure(ProcedureOptions.ACT_LR_SCALE, c -> c.procedure().actLrScale(),
                (c, v) -> c.procedure().withActLrScale((Double) v)));
        s.add(procedure(ProcedureOptions.PHASE_EPOCHS, c -> c.procedure().phaseEpochs(),
                (c, v) -> c.procedure().withPhaseEpochs((Integer) v)));
        s.add(procedure(ProcedureOptions.ALTERNATE_STEPS, c -> c.procedure().alternateSteps(),
                (c, v) -> c.procedure().withAlternateSteps((Integer) v)));
        s.add(procedure(ProcedureOptions.TV2, c -> c.procedure().tv2(), (c, v) -> c.procedure().withTv2((Double) v)));
        s.add(procedure(ProcedureOptions.PRUNE_THRESHOLD, c -> c.procedure().pruneThreshold(),
                (c, v) -> c.procedure().withPruneThreshold((Double) v)));
        s.add(procedure(ProcedureOptions.REFINE_EPOCHS, c -> c.procedure().refineEpochs(),
                (c, v) -> c.procedure().withRefineEpochs(integers(v))));
        return List.copyOf(s);
    }

    private static Setting data(Option o, Function<ExperimentConfig, Object> get,
                                BiFunction<ExperimentConfig, Object, DataOptions> set,
                                Predicate<ExperimentConfig> applies) {
        return new Setting(o, Group.DATA, get, (c, v) -> c.withData(set.apply(c, v)), applies, false);
    }

    private static Setting training(Option o, Function<ExperimentConfig, Object> get,
                                    BiFunction<ExperimentConfig, Object, TrainingOptions> set,
                                    Predicate<ExperimentConfig> applies, boolean live) {
        return new Setting(o, Group.TRAINING, get, (c, v) -> c.withTraining(set.apply(c, v)), applies, live);
    }

    private static Setting procedure(Option o, Function<ExperimentConfig, Object> get,
                                     BiFunction<ExperimentConfig, Object, ProcedureOptions> set) {
        return new Setting(o, Group.PROCEDURE, get, (c, v) -> c.withProcedure(set.apply(c, v)),
                c -> Procedures.info(c.procedure().name()).options().contains(o), false);
    }

    private static boolean generated(ExperimentConfig c) {
        return new DatasetRegistry().generator(c.dataset()).isPresent();
    }

    /** A CSV file of the user's (anything not in the registry, a folder of IDX files aside). */
    private static boolean table(ExperimentConfig c) {
        return c.dataset() != null && c.dataset().toLowerCase(Locale.ROOT).matches(".*\\.(csv|tsv|txt)");
    }

    private static boolean sgd(ExperimentConfig c) {
        return c.training().optimizer() == OptimizerType.SGD;
    }

    @SuppressWarnings("unchecked")
    private static List<Integer> integers(Object v) {
        return (List<Integer>) v;
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object v) {
        return (List<String>) v;
    }
}
