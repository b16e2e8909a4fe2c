package org.activationworkbench.train;

import java.util.List;
import org.activationworkbench.nn.Network;
import org.activationworkbench.nn.Parameter;

/**
 * A training procedure: how the weights and the activation parameters share the training — which group learns
 * when, with which optimizer, with which extra penalty, and what happens to the network along the way.
 * {@link Procedures} creates them by name. A procedure belongs to one session (it may keep state).
 *
 * <p>The session calls, in order: {@link #check} and {@link #createOptimizer} once; before every step
 * {@link #beforeStep}; after every backward pass {@link #afterBackward}; and {@link #finish} once at the end.
 */
public interface Procedure {

    /** The name it was created by, e.g. "joint". */
    String name();

    /** Throws IllegalArgumentException with a clear message when the procedure cannot train this network. */
    default void check(Network network) {
    }

    /** The optimizer for the network's parameters; most procedures use the one the options name. */
    default Optimizer createOptimizer(TrainingOptions options, List<Parameter> parameters) {
        return options.createOptimizer(parameters);
    }

    /**
     * Called before each step (session.steps() steps are done so far): returns the phase the step belongs to. May
     * restructure the network first (grid refinement swaps in a finer activation between epochs).
     */
    Phase beforeStep(TrainingSession session);

    /** Called after back-propagation, before clipping and the update: add penalty gradients here. */
    default void afterBackward(TrainingSession session) {
    }

    /** Called once when training ends (may change the network, e.g. prune knots); says what it did. */
    default ProcedureReport finish(TrainingSession session) {
        return ProcedureReport.NONE;
    }
}
