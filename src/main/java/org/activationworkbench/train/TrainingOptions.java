package org.activationworkbench.train;

import java.util.List;
import org.activationworkbench.core.Option;
import org.activationworkbench.nn.Parameter;
import org.activationworkbench.nn.ParameterGroup;

/**
 * How to train: everything the session needs besides the network and the data. A value: change it with the
 * {@code with…} copies. Each field's accepted values are declared once below; the command line's flags and the
 * window's form are built from those declarations.
 *
 * @param epochs         passes over the training split (the span of the schedule and of the procedures' phases)
 * @param batch          mini-batch size
 * @param lr             learning rate of the weights
 * @param actLr          learning rate of the activation parameters (its own parameter group; 0 freezes them)
 * @param optimizer      adam, adamw or sgd
 * @param momentum       SGD momentum (0 = plain SGD)
 * @param nesterov       SGD with Nesterov momentum
 * @param weightDecay    weight decay of the weights (L2 for adam/sgd, decoupled for adamw)
 * @param actWeightDecay weight decay of the activation parameters (none by default)
 * @param clipNorm       global gradient-norm clipping threshold; 0 = off
 * @param seed           seeds the weight init and the batch order
 * @param schedule       learning-rate schedule over the planned epochs
 */
public record TrainingOptions(int epochs, int batch, double lr, double actLr, OptimizerType optimizer, double momentum,
                              boolean nesterov, double weightDecay, double actWeightDecay, double clipNorm,
                              long seed, Schedule schedule) {

    public static final Option EPOCHS = Option.integer("epochs", null, 0, 1_000_000, "Epochs",
            "Passes over the training data").defaultDescribedAs("about 1,500 steps for small sets, 10 for large ones");
    public static final Option BATCH = Option.integer("batch", null, 1, 65_536, "Batch", "Mini-batch size")
            .defaultDescribedAs("32, or 128 for large datasets");
    public static final Option LR = Option.real("lr", null, 1e-7, 1e6, "LR weights", "Learning rate of the weights")
            .defaultDescribedAs("0.01, or 0.001 for large datasets").byDecades();
    public static final Option ACT_LR = Option.real("act-lr", null, 0, 1e6, "LR activations",
            "Learning rate of the activation parameters; 0 freezes them").defaultDescribedAs("--lr").byDecades();
    public static final Option OPTIMIZER = Option.choice("optimizer", "adam", OptimizerType.labels(), "Optimizer",
            "Optimizer");
    public static final Option MOMENTUM = Option.real("momentum", 0.9, 0, 0.999, "Momentum", "SGD momentum");
    public static final Option NESTEROV = Option.flag("nesterov", "Nesterov", "SGD with Nesterov momentum");
    public static final Option WEIGHT_DECAY = Option.real("weight-decay", 0.0, 0, 1, "Weight decay",
            "Weight decay of the weights").byDecades();
    public static final Option CLIP = Option.real("clip", null, 0, 1e6, "Clip norm",
            "Clip the global gradient norm; 0 is off").defaultDescribedAs("off; 1 for slaf").byDecades();
    public static final Option SEED = Option.longInteger("seed", 0L, 0, 1L << 53, "Seed",
            "Seed of the weights, the batch order and generated data");
    public static final Option SCHEDULE = Option.choice("schedule", "cosine", Schedule.labels(), "Schedule",
            "Learning-rate schedule over the planned epochs");
    private static final Option ACT_WEIGHT_DECAY = Option.real("act-weight-decay", 0.0, 0, 1, "Act. weight decay",
            "Weight decay of the activation parameters");

    public TrainingOptions {
        if (optimizer == null) optimizer = OptimizerType.ADAM;
        // files from before the schedule existed trained at a constant rate
        if (schedule == null) schedule = Schedule.CONSTANT;
        EPOCHS.check(epochs);
        BATCH.check(batch);
        LR.check(lr);
        ACT_LR.check(actLr);
        MOMENTUM.check(momentum);
        WEIGHT_DECAY.check(weightDecay);
        ACT_WEIGHT_DECAY.check(actWeightDecay);
        CLIP.check(clipNorm);
        SEED.check(seed);
    }

    /** 20 epochs of 32, Adam at 0.01 for both groups, constant rate, seed 0: a neutral start for code and tests. */
    public static TrainingOptions defaults() {
        return new TrainingOptions(20, 32, 0.01, 0.01, OptimizerType.ADAM, 0.9, false, 0, 0, 0, 0, Schedule.CONSTANT);
    }

    public TrainingOptions withEpochs(int e) {
        return new TrainingOptions(e, batch, lr, actLr, optimizer, momentum, nesterov, weightDecay, actWeightDecay,
                clipNorm, seed, schedule);
    }

    public TrainingOptions withBatch(int b) {
        return new TrainingOptions(epochs, b, lr, actLr, optimizer, momentum, nesterov, weightDecay, actWeightDecay,
                clipNorm, seed, schedule);
    }

    /** Both learning rates. */
    public TrainingOptions withRates(double weights, double activations) {
        return new TrainingOptions(epochs, batch, weights, activations, optimizer, momentum, nesterov, weightDecay,
                actWeightDecay, clipNorm, seed, schedule);
    }

    public TrainingOptions withLr(double weights) {
        return withRates(weights, actLr);
    }

    public TrainingOptions withActLr(double activations) {
        return withRates(lr, activations);
    }

    public TrainingOptions withOptimizer(OptimizerType o) {
        return new TrainingOptions(epochs, batch, lr, actLr, o, momentum, nesterov, weightDecay, actWeightDecay,
                clipNorm, seed, schedule);
    }

    public TrainingOptions withMomentum(double m) {
        return new TrainingOptions(epochs, batch, lr, actLr, optimizer, m, nesterov, weightDecay, actWeightDecay,
                clipNorm, seed, schedule);
    }

    public TrainingOptions withNesterov(boolean n) {
        return new TrainingOptions(epochs, batch, lr, actLr, optimizer, momentum, n, weightDecay, actWeightDecay,
                clipNorm, seed, schedule);
    }

    public TrainingOptions withWeightDecay(double wd) {
        return new TrainingOptions(epochs, batch, lr, actLr, optimizer, momentum, nesterov, wd, actWeightDecay,
                clipNorm, seed, schedule);
    }

    public TrainingOptions withClip(double norm) {
        return new TrainingOptions(epochs, batch, lr, actLr, optimizer, momentum, nesterov, weightDecay, actWeightDecay,
                norm, seed, schedule);
    }

    public TrainingOptions withSeed(long s) {
        return new TrainingOptions(epochs, batch, lr, actLr, optimizer, momentum, nesterov, weightDecay, actWeightDecay,
                clipNorm, s, schedule);
    }

    public TrainingOptions withSchedule(Schedule s) {
        return new TrainingOptions(epochs, batch, lr, actLr, optimizer, momentum, nesterov, weightDecay, actWeightDecay,
                clipNorm, seed, s);
    }

    /** Factor on the learning rates at a point of the run, given as epochs done (a real number). */
    public double lrFactor(double epochPosition) {
        return schedule.factor(epochPosition, epochs);
    }

    public Optimizer createOptimizer(List<Parameter> params) {
        Optimizer o = switch (optimizer) {
            case SGD -> new Sgd(params, momentum, nesterov);
            case ADAMW -> new Adam(params, true);
            case ADAM -> new Adam(params, false);
        };
        return configureGroups(o);
    }

    /** Sets the groups' weight decay from these options; returns o. (The rates come with each step.) */
    public Optimizer configureGroups(Optimizer o) {
        o.group(ParameterGroup.WEIGHTS).weightDecay(weightDecay);
        o.group(ParameterGroup.ACTIVATION).weightDecay(actWeightDecay);
        return o;
    }
}
