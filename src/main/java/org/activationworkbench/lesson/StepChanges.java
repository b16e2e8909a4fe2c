package org.activationworkbench.lesson;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a step changes as it begins, in this order: a restart (the run starts over from its initial network, with the
 * lesson's experiment plus these options: another procedure, clipping, width …), the learning rates (the weights', and the activations': 0 freezes them), the speed, and the enlarged panel.
 * Every field is optional (null / false / empty = unchanged).
 *
 * @param restart  options by command-line name that the restarted run takes over the lesson's experiment, or null
 *                 for no restart (an empty map restarts the experiment as the lesson first built it)
 * @param lr       the weights' learning rate from now on
 * @param actLr    the activations' learning rate from now on (0 = frozen)
 * @param speed    the window's pace
 * @param enlarge  the hidden layer (from 1) whose panel is enlarged; 0 = none enlarged; null = unchanged
 */
public record StepChanges(Map<String, Object> restart, Double lr, Double actLr, Speed speed,
                          Integer enlarge) {

    public static final StepChanges NONE = new StepChanges(null, null, null, null, null);

    public StepChanges {
        restart = restart == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(restart));
    }

    public boolean restarts() {
        return restart != null;
    }

    /** Whether the learning rates change. */
    public boolean changesRates() {
        return lr != null || actLr != null;
    }
}
