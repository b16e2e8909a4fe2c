package org.activationworkbench.experiment;

import java.util.ArrayList;
import java.util.List;
import org.activationworkbench.activation.Sharing;
import org.activationworkbench.data.Standardisation;
import org.activationworkbench.nn.ActivationLayer;
import org.activationworkbench.nn.DenseLayer;
import org.activationworkbench.nn.Network;

/**
 * A trained network as data (model.json): every dense layer's weights and bias, every activation layer's
 * parameters, the input standardisation and the config that built it. Enough to rebuild the network
 * exactly, to export it (PyTorch, JSON) or to predict without the dataset.
 *
 * @param format          model file format version
 * @param family          activation family name
 * @param dataset         the dataset's name
 * @param datasetChecksum the dataset's checksum
 * @param inputs          network inputs
 * @param outputs         network outputs (classes or regression targets)
 * @param task            "classification" or "regression"
 * @param dense           dense layers, input to output
 * @param activations     hidden activation layers, in order
 * @param standardisation x' = (x − mean)/std applied to raw inputs before the network
 * @param config          the experiment's configuration
 */
public record ModelState(int format, String family, String dataset, String datasetChecksum, int inputs, int outputs, String task, List<Dense> dense,
                         List<ActivationParams> activations, Standardisation standardisation,
                         ExperimentConfig config) {

    public static final int FORMAT = 1;

    /** y = x·W + b; weights row-major in × out (as {@code DenseLayer.weights()}). */
    public record Dense(int in, int out, float[] weights, float[] bias) { }

    /** One hidden layer's activation parameters: vectors × P values, unit j's vector at j·P (neuron sharing). */
    public record ActivationParams(int layer, int units, Sharing sharing, float[] params) { }

    public ModelState {
        dense = List.copyOf(dense);
        activations = List.copyOf(activations);
    }

    /** Copies the current weights and activation parameters of an experiment's network. */
    public static ModelState capture(Experiment e) {
        Network net = e.network();
        List<Dense> dense = new ArrayList<>();
        for (DenseLayer d : net.denseLayers()) {
            dense.add(new Dense(d.inputs(), d.outputs(), d.weights().data.clone(), d.biasParameter().value().clone()));
        }
        List<ActivationParams> acts = new ArrayList<>();
        for (int i = 0; i < net.activationLayers().size(); i++) {
            ActivationLayer a = net.activationLayers().get(i);
            acts.add(new ActivationParams(i, a.units(), a.sharing(), a.parameter().value().clone()));
        }
        return new ModelState(FORMAT, e.activation().family(), e.dataset().name(), e.dataset().checksum(), net.inputs(), net.outputs(),
                e.dataset().task().label(), dense, acts, e.dataset().standardisation(), e.config());
    }

    /** Writes these values into a network of the same shape; refuses a network of another shape. */
    public void applyTo(Network net) {
        if (net.denseLayers().size() != dense.size() || net.activationLayers().size() != activations.size()) {
            throw new IllegalArgumentException("the saved model has " + (dense.size() - 1)
                    + " hidden layers, the network " + net.activationLayers().size());
        }
        for (int i = 0; i < dense.size(); i++) {
            DenseLayer d = net.denseLayers().get(i);
            Dense s = dense.get(i);
            copy(s.weights(), d.weights().data, "dense layer " + i + " weights");
            copy(s.bias(), d.biasParameter().value(), "dense layer " + i + " bias");
        }
        for (int i = 0; i < activations.size(); i++) {
            copy(activations.get(i).params(), net.activationLayers().get(i).parameter().value(),
                    "activation layer " + i + " parameters");
        }
    }

    private static void copy(float[] from, float[] to, String what) {
        if (from == null || from.length != to.length) {
            throw new IllegalArgumentException(what + ": the saved model has " + (from == null ? 0 : from.length)
                    + " values, the network " + to.length);
        }
        System.arraycopy(from, 0, to, 0, to.length);
    }

    /** The hidden layer widths, from the dense layers. */
    public int[] hidden() {
        int[] h = new int[dense.size() - 1];
        for (int i = 0; i < h.length; i++) h[i] = dense.get(i).out();
        return h;
    }
}
