package org.activationworkbench.train;

import java.util.List;
import java.util.function.BiFunction;
import org.activationworkbench.nn.Parameter;

/** One phase from start to end; procedures of this kind differ only in the phase and in their optimizer. */
final class SinglePhaseProcedure implements Procedure {

    private final String name;
    private final Phase phase;
    private final BiFunction<TrainingOptions, List<Parameter>, Optimizer> optimizer;

    SinglePhaseProcedure(String name, Phase phase, BiFunction<TrainingOptions, List<Parameter>, Optimizer> optimizer) {
        this.name = name;
        this.phase = phase;
        this.optimizer = optimizer;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Optimizer createOptimizer(TrainingOptions options, List<Parameter> parameters) {
        return optimizer.apply(options, parameters);
    }

    @Override
    public Phase beforeStep(TrainingSession session) {
        return phase;
    }
}
