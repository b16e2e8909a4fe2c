package org.activationworkbench.symbolic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.activationworkbench.activation.ClosedForm;
import org.activationworkbench.activation.Sharing;
import org.activationworkbench.data.Dataset;
import org.activationworkbench.data.DatasetRegistry;
import org.activationworkbench.experiment.Experiment;
import org.activationworkbench.experiment.SavedModel;
import org.activationworkbench.train.Evaluation;

/**
 * Activation surgery: learned activations of a saved model replaced by closed forms read from them, as fixed
 * functions, and what that does to the loss and accuracy on the training and test data. The model keeps its
 * layout (the replaced activations' parameters stay, unused), so training can go on with the formulas frozen.
 */
public final class Surgery {

    /** Loss and accuracy (NaN for regression) on both splits. */
    public record Scores(Evaluation train, Evaluation test) { }

    /** A model before and after surgery, with its scores. */
    public record Outcome(SavedModel after, Scores before, Scores scoresAfter, List<Replacement> replaced) { }

    /**
     * One replaced activation.
     *
     * @param layer     activation layer from 0
     * @param unit      unit from 0, or −1 for a layer-shared activation
     * @param candidate the reading put in its place
     */
    public record Replacement(int layer, int unit, Candidate candidate) {

        /** "hidden layer 1" or "hidden layer 2, unit 3", counted from 1. */
        public String title() {
            return "hidden layer " + (layer + 1) + (unit < 0 ? "" : ", unit " + (unit + 1));
        }
    }

    private Surgery() {
    }

    /**
     * The replacements: each reading's candidate of the given rank (1 = the best).
     *
     * @throws IllegalArgumentException naming --rank when a reading has fewer candidates
     */
    public static List<Replacement> choose(List<Reading> readings, int rank) {
        if (rank < 1) throw new IllegalArgumentException("--rank counts from 1, got " + rank);
        List<Replacement> out = new ArrayList<>();
        for (Reading r : readings) {
            if (r.candidates().size() < rank) {
                throw new IllegalArgumentException("--rank " + rank + ": " + r.title() + " has only "
                        + r.candidates().size() + " candidate formulas");
            }
            out.add(new Replacement(r.layer(), r.unit(), r.candidates().get(rank - 1)));
        }
        return out;
    }

    /** The model with these activations replaced by their formulas (earlier replacements kept). */
    public static SavedModel replace(SavedModel m, List<Replacement> replacements) {
        List<SavedModel.ActivationParams> acts = new ArrayList<>(m.activations());
        for (Replacement r : replacements) {
            if (r.layer() < 0 || r.layer() >= acts.size()) {
                throw new IllegalArgumentException("--layer " + (r.layer() + 1) + " does not exist: the model has "
                        + acts.size() + " activation layers");
            }
            SavedModel.ActivationParams a = acts.get(r.layer());
            int vectors = a.sharing() == Sharing.NEURON ? a.units() : 1;
            int v = Math.max(0, r.unit());
            if (v >= vectors) {
                throw new IllegalArgumentException("--unit " + (v + 1) + " does not exist: " + r.title().split(",")[0]
                        + " has " + vectors + (vectors == 1 ? " shared activation" : " units"));
            }
            List<ClosedForm> formulas = a.formulas() != null ? new ArrayList<>(a.formulas())
                    : new ArrayList<>(Arrays.asList(new ClosedForm[vectors]));
            formulas.set(v, r.candidate().formula().closedForm());
            acts.set(r.layer(), a.withFormulas(formulas));
        }
        return m.withActivations(acts);
    }

    /** Reads the selected activations, replaces them by their formula of this rank and scores both models. */
    public static Outcome operate(SavedModel m, List<Reading> readings, int rank) {
        List<Replacement> chosen = choose(readings, rank);
        SavedModel after = replace(m, chosen);
        Dataset data = load(m);
        return new Outcome(after, score(m, data), score(after, data), chosen);
    }

    /** The model's dataset, loaded by its config and checked against the run's checksum. */
    public static Dataset load(SavedModel m) {
        Dataset data = new DatasetRegistry().load(m.config().dataset(), m.config().data());
        if (m.datasetChecksum() != null && !m.datasetChecksum().equals(data.checksum())) {
            throw new IllegalArgumentException("dataset " + data.name() + " has changed since the run (checksum differs),"
                    + " so the loss before and after cannot be measured");
        }
        return data;
    }

    /** Loss and accuracy of the model on the training and test splits. */
    public static Scores score(SavedModel m, Dataset data) {
        Experiment e = new Experiment(m.config(), data);
        m.restoreInto(e.session());
        return new Scores(e.session().evaluate(data.train()), e.session().evaluate(data.test()));
    }
}
