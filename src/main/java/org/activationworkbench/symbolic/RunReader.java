package org.activationworkbench.symbolic;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.activationworkbench.activation.Activation;
import org.activationworkbench.experiment.LayerSnapshot;
import org.activationworkbench.experiment.SavedModel;
import org.activationworkbench.experiment.Snapshot;

/**
 * Reads every selected activation of a run (the final snapshot) as closed forms, over the inputs each one saw:
 * replayed from the training data when the model can be rebuilt (per unit in neuron sharing, per layer otherwise),
 * else from the pre-activation histogram of the layer the snapshot recorded. Activations are fitted in parallel;
 * the result does not depend on the threads.
 */
public final class RunReader {

    /** Where the inputs of each activation come from. */
    public enum Inputs {
        /** The training data when the model can be replayed on it, else the recorded histogram. */
        AUTO,
        /** The training data, sent through the saved model. */
        DATA,
        /** The layer's pre-activation histogram of the last recorded batch. */
        HISTOGRAM
    }

    /** All layers or all units. */
    public static final int ALL = -1;

    /**
     * What to read.
     *
     * @param layer   activation layer from 0, or {@link #ALL}
     * @param unit    unit from 0 of neuron-shared layers, or {@link #ALL} (layer-shared layers have one activation)
     * @param library the closed forms to try
     * @param pairs   whether to try sums of two (the second tier)
     * @param inputs  where the inputs come from
     */
    public record Request(int layer, int unit, List<Primitive> library, boolean pairs, Inputs inputs) {

        public Request {
            library = List.copyOf(library);
            if (library.isEmpty()) throw new IllegalArgumentException("the library of closed forms is empty");
        }

        public static Request all() {
            return new Request(ALL, ALL, List.of(Primitive.values()), true, Inputs.AUTO);
        }
    }

    private RunReader() {
    }

    /**
     * The readings of the selected activations of {@code last}, in layer then unit order.
     *
     * @param activation the run's activation (a snapshot's own, after grid refinement, takes precedence)
     * @throws IllegalArgumentException naming the option at fault for a layer or unit that does not exist, or
     *                                  saying why no inputs could be found
     */
    public static List<Reading> read(SavedModel model, Snapshot last, Activation activation, Request r) {
        List<LayerSnapshot> layers = last.layers();
        if (r.layer() != ALL && (r.layer() < 0 || r.layer() >= layers.size())) {
            throw new IllegalArgumentException("--layer must be between 1 and " + layers.size() + " (the network has "
                    + layers.size() + " hidden layers), got " + (r.layer() + 1));
        }
        List<Integer> selected = r.layer() == ALL ? IntStream.range(0, layers.size()).boxed().toList() : List.of(r.layer());
        for (int l : selected) {
            LayerSnapshot s = layers.get(l);
            if (r.unit() != ALL && s.vectors() > 1 && r.unit() >= s.vectors()) {
                throw new IllegalArgumentException("--unit must be between 1 and " + s.vectors() + " (hidden layer "
                        + (l + 1) + " has " + s.vectors() + " units), got " + (r.unit() + 1));
            }
        }
        InputSource source = InputSource.of(model, last, r.inputs(), selected);
        List<int[]> jobs = new ArrayList<>();
        for (int l : selected) {
            LayerSnapshot s = layers.get(l);
            if (s.vectors() == 1) jobs.add(new int[] {l, -1});
            else if (r.unit() != ALL) jobs.add(new int[] {l, r.unit()});
            else for (int u = 0; u < s.vectors(); u++) jobs.add(new int[] {l, u});
        }
        return jobs.parallelStream().map(j -> readOne(layers.get(j[0]), j[1], activation, source, r)).toList();
    }

    /**
     * One activation of a live snapshot read from the layer's recorded pre-activation histogram (the window's
     * "What is this?": no data is replayed, nothing live is touched; the snapshot is immutable).
     *
     * @param unit unit from 0 in neuron sharing, −1 for a layer-shared activation
     * @throws IllegalArgumentException when the snapshot recorded no inputs for the layer yet
     */
    public static Reading readState(LayerSnapshot s, int unit, Activation fallback, List<Primitive> library, boolean pairs) {
        InputDistribution inputs = s.histogram() == null ? null
                : InputDistribution.of(s.histogram(), "pre-activation histogram of the layer's last batch");
        if (inputs == null) {
            throw new IllegalArgumentException("hidden layer " + (s.layer() + 1) + " has seen no inputs yet; train a step first");
        }
        Activation a = s.activationOr(fallback);
        int offset = Math.max(0, s.vectors() == 1 ? 0 : unit) * a.parameterCount();
        double[] params = s.params();
        FitData data = inputs.sample(x -> a.value(x, params, offset));
        return new Reading(s.layer(), s.vectors() == 1 ? -1 : unit, inputs, SymbolicFitter.fit(data, library, pairs));
    }

    private static Reading readOne(LayerSnapshot s, int unit, Activation fallback, InputSource source, Request r) {
        Activation a = s.activationOr(fallback);
        int offset = Math.max(0, unit) * a.parameterCount();
        double[] params = s.params();
        InputDistribution inputs = source.inputs(s, unit);
        FitData data = inputs.sample(x -> a.value(x, params, offset));
        return new Reading(s.layer(), unit, inputs, SymbolicFitter.fit(data, r.library(), r.pairs()));
    }
}
