package org.activationworkbench.train;

/**
 * How to train: everything the Trainer needs besides the network and the data.
 *
 * @param epochs         passes over the training split
 * @param batch          mini-batch size
 * @param lr             learning rate of the weights
 * @param actLr          learning rate of the activation parameters (its own parameter group)
 * @param optimizer      "adam", "adamw" or "sgd"
 * @param momentum       SGD momentum (0 = plain SGD)
 * @param nesterov       SGD with Nesterov momentum
 * @param weightDecay    weight decay of the weights (L2 for adam/sgd, decoupled for adamw)
 * @param actWeightDecay weight decay of the activation parameters (none by default)
 * @param clipNorm       global gradient-norm clipping threshold; 0 = off
 * @param seed           seeds the weight init and the batch order
 * @param schedule       learning-rate schedule over the planned epochs: "constant", or "cosine" (decays both
 *                       groups' rates to 0 along a half cosine, which settles the final weights)
 */
public record TrainingOptions(int epochs, int batch, double lr, double actLr, String optimizer, double momentum,
                              boolean nesterov, double weightDecay, double actWeightDecay, double clipNorm,
                              long seed, String schedule) {

    public static final java.util.List<String> SCHEDULES = java.util.List.of("constant", "cosine");

    /** Constant learning rate. */
    public TrainingOptions(int epochs, int batch, double lr, double actLr, String optimizer, double momentum,
                           boolean nesterov, double weightDecay, double actWeightDecay, double clipNorm, long seed) {
        this(epochs, batch, lr, actLr, optimizer, momentum, nesterov, weightDecay, actWeightDecay, clipNorm, seed,
                "constant");
    }

    public TrainingOptions {
        if (epochs < 0) throw new IllegalArgumentException("--epochs must be 0 or more, got " + epochs);
        if (batch < 1) throw new IllegalArgumentException("--batch must be at least 1, got " + batch);
        if (!(lr > 0) || !Double.isFinite(lr)) throw new IllegalArgumentException("--lr must be a positive number, got " + lr);
        if (!(actLr >= 0) || !Double.isFinite(actLr)) {
            throw new IllegalArgumentException("--act-lr must be 0 or a positive number, got " + actLr);
        }
        if (!java.util.Set.of("adam", "adamw", "sgd").contains(optimizer)) {
            throw new IllegalArgumentException("--optimizer must be adam, adamw or sgd, got '" + optimizer + "'");
        }
        if (clipNorm < 0) throw new IllegalArgumentException("--clip must be 0 (off) or positive, got " + clipNorm);
        if (!SCHEDULES.contains(schedule)) {
            throw new IllegalArgumentException("--schedule must be constant or cosine, got '" + schedule + "'");
        }
    }

    /** Factor on the learning rates at a point of the run, given as epochs done (a real number). */
    public double lrFactor(double epochPosition) {
        if (!"cosine".equals(schedule) || epochs <= 0) return 1.0;
        double t = Math.min(1.0, epochPosition / epochs);
        return 0.5 * (1 + Math.cos(Math.PI * t));
    }

    public static TrainingOptions defaults() {
        return new TrainingOptions(20, 32, 0.01, 0.01, "adam", 0.9, false, 0, 0, 0, 0);
    }


    public Optimizer createOptimizer(java.util.List<org.activationworkbench.nn.Parameter> params) {
        Optimizer o = switch (optimizer) {
            case "sgd" -> new Sgd(params, momentum, nesterov);
            case "adamw" -> new Adam(params, true);
            default -> new Adam(params, false);
        };
        return configureGroups(o);
    }

    /** Sets the groups' learning-rate multiplier, weight decay and freezing from these options; returns o. */
    public Optimizer configureGroups(Optimizer o) {
        o.group(org.activationworkbench.nn.ParameterGroup.WEIGHTS).weightDecay(weightDecay);
        o.group(org.activationworkbench.nn.ParameterGroup.ACTIVATION)
                .lrMultiplier(actLr / lr).weightDecay(actWeightDecay).frozen(actLr == 0);
        return o;
    }
}
