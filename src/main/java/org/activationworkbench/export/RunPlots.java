package org.activationworkbench.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.activationworkbench.activation.Activation;
import org.activationworkbench.activation.ActivationView;
import org.activationworkbench.experiment.Experiment;
import org.activationworkbench.experiment.ExperimentConfig;
import org.activationworkbench.experiment.LayerState;
import org.activationworkbench.experiment.RunResult;
import org.activationworkbench.experiment.Snapshot;

/** The report figures of a finished run: learned activations and loss curves, as PNG and SVG. */
public final class RunPlots {

    /** Neurons drawn per layer in neuron-sharing mode; wider layers show an evenly spaced subset. */
    public static final int MAX_NEURONS_PER_LAYER = 16;
    /** Earlier epochs drawn as a fading trail behind the final curve. */
    static final int TRAIL = 4;
    static final int VIEW_POINTS = 241;

    private RunPlots() {
    }

    public static void write(Path dir, Experiment e, RunResult result) throws IOException {
        Map<String, String> meta = metadata(e, result);
        Figure acts = activationFigure(e, result.epochSnapshots());
        PlotExporter.writePng(acts, dir.resolve("activations.png"), 2, meta);
        PlotExporter.writeSvg(acts, dir.resolve("activations.svg"), meta);
        ExperimentConfig c = e.config();
        Figure loss = new LossPlot("Training curves — " + e.activation().displayName(),
                e.dataset().name() + " · hidden " + hiddenText(c.hidden()) + " · seed " + c.training().seed(),
                result.metrics());
        PlotExporter.writePng(loss, dir.resolve("loss.png"), 2, meta);
        PlotExporter.writeSvg(loss, dir.resolve("loss.svg"), meta);
    }

    /** The final activations of every hidden layer, with the init ghost, a trail and the input histogram. */
    public static ActivationPlot activationFigure(Experiment e, List<Snapshot> snapshots) {
        Activation a = e.activation();
        Snapshot first = snapshots.get(0);
        Snapshot last = snapshots.get(snapshots.size() - 1);
        int end = snapshots.size() - 1;   // a run that diverged in its first epoch has only the init snapshot
        List<Snapshot> trail = snapshots.subList(Math.min(end, Math.max(1, end - TRAIL)), end);
        List<LayerActivations> layers = new ArrayList<>();
        boolean subset = false;
        for (int li = 0; li < last.layers().size(); li++) {
            LayerActivations l = layerActivations(a, first, trail, last, li);
            subset |= l.panels().size() < last.layers().get(li).vectors();
            layers.add(l);
        }
        ExperimentConfig c = e.config();
        String subtitle = e.dataset().name() + " · hidden " + hiddenText(c.hidden()) + " · " + e.sharing().label()
                + " sharing · epoch " + epochText(last.epoch()) + (subset ? " · evenly spaced neurons" : "");
        return new ActivationPlot("Learned activations — " + a.displayName(), subtitle, layers);
    }

    /**
     * The panels of hidden layer {@code li} at snapshot {@code now}: one per layer, or one per shown neuron,
     * with the ghost from {@code first} and the fading trail from {@code trail} (oldest first).
     */
    public static LayerActivations layerActivations(Activation a, Snapshot first, List<Snapshot> trail, Snapshot now,
                                                    int li) {
        return layerActivations(a, first, trail, now, li, MAX_NEURONS_PER_LAYER);
    }

    /** As above, showing at most {@code maxNeurons} evenly spaced neurons of a neuron-sharing layer. */
    public static LayerActivations layerActivations(Activation a, Snapshot first, List<Snapshot> trail, Snapshot now,
                                                    int li, int maxNeurons) {
        double[] range = a.workingRange();
        int n = a.parameterCount();
        LayerState state = now.layers().get(li);
        int[] shown = shownVectors(state.vectors(), maxNeurons);
        List<ActivationPanel> panels = new ArrayList<>();
        for (int v : shown) {
            List<ActivationView> recent = new ArrayList<>();
            for (Snapshot s : trail) recent.add(view(a, s.layers().get(li), v, n, range));
            String title = state.vectors() == 1 ? "hidden layer " + (li + 1) : "neuron " + (v + 1);
            panels.add(new ActivationPanel(title, view(a, state, v, n, range),
                    a.learnable() && first != null ? view(a, first.layers().get(li), v, n, range) : null, recent,
                    state.histogram()));
        }
        String layerTitle = state.vectors() == 1 ? "hidden layer " + (li + 1)
                : "hidden layer " + (li + 1) + (shown.length < state.vectors()
                ? " (" + shown.length + " of " + state.vectors() + " neurons)" : "");
        return new LayerActivations(layerTitle, panels);
    }

    static int[] shownVectors(int vectors) {
        return shownVectors(vectors, MAX_NEURONS_PER_LAYER);
    }

    static int[] shownVectors(int vectors, int max) {
        int k = Math.min(vectors, Math.max(1, max));
        int[] idx = new int[k];
        for (int i = 0; i < k; i++) idx[i] = (int) Math.round(i * (vectors - 1) / (double) Math.max(1, k - 1));
        if (k == 1) idx[0] = 0;
        return idx;
    }

    private static ActivationView view(Activation a, LayerState s, int vector, int n, double[] range) {
        Activation own = s.activationOr(a); // grid refinement: earlier snapshots have fewer knots
        return own.view(s.params(), vector * own.parameterCount(), range[0], range[1], VIEW_POINTS);
    }

    /** Family, options, dataset, epoch and seed, embedded in every exported plot. */
    static Map<String, String> metadata(Experiment e, RunResult result) {
        ExperimentConfig c = e.config();
        Map<String, String> m = new LinkedHashMap<>();
        m.put("Title", "Activation Workbench run: " + e.activation().displayName() + " on " + e.dataset().name());
        m.put("family", e.activation().family());
        m.put("options", c.activation().givenOptions().toString());
        m.put("sharing", e.sharing().label());
        m.put("dataset", e.dataset().name());
        m.put("dataset-checksum", e.dataset().checksum());
        m.put("hidden", hiddenText(c.hidden()));
        m.put("epoch", epochText(result.last().epoch()));
        m.put("seed", Long.toString(c.training().seed()));
        return m;
    }

    static String hiddenText(int[] hidden) {
        StringBuilder sb = new StringBuilder();
        for (int h : hidden) sb.append(sb.length() == 0 ? "" : ",").append(h);
        return sb.toString();
    }

    private static String epochText(double epoch) {
        return epoch == Math.rint(epoch) ? Long.toString((long) epoch) : String.format(Locale.ROOT, "%.2f", epoch);
    }
}
