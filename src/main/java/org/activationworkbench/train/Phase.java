package org.activationworkbench.train;

import org.activationworkbench.nn.ParameterGroup;

/**
 * A stretch of training in which a procedure holds the same groups frozen. The session applies a phase to the
 * optimizer only when the phase changes, so a freeze the user toggles mid-phase (from the window) holds until the
 * procedure's next change.
 *
 * @param name               shown in the status line and written to phases.csv, e.g. "joint", "weights-only"
 * @param weightsFrozen      weights and biases keep their values
 * @param activationsFrozen  activation parameters keep their values
 */
public record Phase(String name, boolean weightsFrozen, boolean activationsFrozen) {

    /** Weights and activation parameters learn together. */
    public static final Phase JOINT = new Phase("joint", false, false);
    /** Only the weights learn; the activations stay as they are. */
    public static final Phase WEIGHTS_ONLY = new Phase("weights-only", false, true);
    /** Only the activation shapes learn; the weights stay as they are. */
    public static final Phase ACTIVATIONS_ONLY = new Phase("activations-only", true, false);

    /** Both groups learn, under another name (grid refinement names its phases by knot count). */
    public static Phase joint(String name) {
        return new Phase(name, false, false);
    }

    /** Sets the groups' frozen flags; an activation rate of 0 keeps the activations frozen in every phase. */
    void applyTo(Optimizer optimizer, LearningRates rates) {
        optimizer.group(ParameterGroup.WEIGHTS).frozen(weightsFrozen);
        optimizer.group(ParameterGroup.ACTIVATION).frozen(activationsFrozen || rates.activations() == 0);
    }
}
