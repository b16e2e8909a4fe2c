package org.activationworkbench.train;

/**
 * Optimizer settings of one parameter group (weights, or activation parameters). Mutable so the Trainer
 * can change them between steps (freeze, unfreeze, a new learning rate); only the training thread touches it.
 */
public final class GroupSettings {

    private double lrMultiplier = 1.0;
    private double weightDecay = 0.0;
    private boolean frozen;

    public double lrMultiplier() {
        return lrMultiplier;
    }

    public GroupSettings lrMultiplier(double m) {
        this.lrMultiplier = m;
        return this;
    }

    public double weightDecay() {
        return weightDecay;
    }

    public GroupSettings weightDecay(double wd) {
        this.weightDecay = wd;
        return this;
    }

    public boolean frozen() {
        return frozen;
    }

    public GroupSettings frozen(boolean f) {
        this.frozen = f;
        return this;
    }
}
