package org.activationworkbench.symbolic;

import java.util.ArrayList;
import java.util.List;
import org.activationworkbench.data.Dataset;
import org.activationworkbench.data.Split;
import org.activationworkbench.experiment.Experiment;
import org.activationworkbench.experiment.SavedModel;
import org.activationworkbench.nn.Network;

/**
 * What every activation of a saved model actually receives: the model rebuilt, its dataset loaded by its config,
 * and up to {@value #MAX_ROWS} evenly spaced training rows sent through it, keeping each activation layer's
 * pre-activations (rows × units, unit j of row r at r·units + j).
 */
public final class PreActivations {

    /** Training rows sent through the model: enough for a smooth 64-bin histogram per unit. */
    public static final int MAX_ROWS = 4096;
    private static final int BATCH = 512;

    private final List<float[]> values;
    private final int rows;
    private final int trainRows;

    private PreActivations(List<float[]> values, int rows, int trainRows) {
        this.values = values;
        this.rows = rows;
        this.trainRows = trainRows;
    }

    /**
     * Loads the model's dataset and runs the model on it. Fails with a sentence saying why when the model cannot
     * be rebuilt exactly: conv blocks (their weights are not in the model), a dataset that changed or is missing,
     * or parameters that no longer fit (a grid-refined spline).
     */
    public static PreActivations of(SavedModel model) {
        if (!model.config().conv().isEmpty()) {
            throw new IllegalArgumentException("the model file has no conv weights, so the run cannot be replayed on its data");
        }
        Experiment e = new Experiment(model.config());
        Dataset data = e.dataset();
        if (model.datasetChecksum() != null && !model.datasetChecksum().equals(data.checksum())) {
            throw new IllegalArgumentException("dataset " + data.name() + " has changed since the run (checksum differs)");
        }
        Network net = e.network();
        model.applyTo(net);
        Split train = data.train();
        int rows = Math.min(MAX_ROWS, train.rows());
        int in = net.inputs();
        int layers = net.activationLayers().size();
        List<float[]> out = new ArrayList<>();
        for (int l = 0; l < layers; l++) out.add(new float[rows * net.activationLayers().get(l).units()]);
        float[] batch = new float[BATCH * in];
        for (int start = 0; start < rows; start += BATCH) {
            int n = Math.min(BATCH, rows - start);
            for (int r = 0; r < n; r++) {
                // evenly spaced rows over the whole split, the same ones every time
                long row = (long) (start + r) * train.rows() / rows;
                System.arraycopy(train.x(), (int) row * in, batch, r * in, in);
            }
            net.forward(batch, n);
            for (int l = 0; l < layers; l++) {
                int units = net.activationLayers().get(l).units();
                System.arraycopy(net.preActivations(l), 0, out.get(l), start * units, n * units);
            }
        }
        return new PreActivations(out, rows, train.rows());
    }

    /** Activation layer l's pre-activations, rows × units. */
    public float[] layer(int l) {
        return values.get(l);
    }

    public int rows() {
        return rows;
    }

    /** "training data, 4096 of 60000 rows". */
    public String source() {
        return rows == trainRows ? "training data, " + rows + " rows" : "training data, " + rows + " of " + trainRows + " rows";
    }
}
