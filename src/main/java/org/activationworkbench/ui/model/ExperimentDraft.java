package org.activationworkbench.ui.model;

import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.activationworkbench.activation.ActivationSpec;
import org.activationworkbench.activation.Sharing;
import org.activationworkbench.data.DataOptions;
import org.activationworkbench.experiment.ExperimentConfig;
import org.activationworkbench.data.DatasetRegistry;
import org.activationworkbench.train.ProcedureOptions;
import org.activationworkbench.train.Procedures;
import org.activationworkbench.train.TrainingOptions;

/**
 * The experiment panel's view model: the experiment being edited, as properties. {@link #toConfig()} turns
 * it into the config a run is built from; {@link #load} fills it from one (a preset, the running run).
 */
public final class ExperimentDraft {

    /** Families that take --degree, with their defaults (shared/spec/families.md). */
    static final Map<String, Integer> DEGREE_DEFAULTS = Map.of("hermite", 3, "fourier", 5, "tropical", 5, "slaf", 3);
    public static final int MAX_LAYERS = 8;

    public final StringProperty dataset = new SimpleStringProperty("spiral");
    public final StringProperty family = new SimpleStringProperty("bspline");
    public final IntegerProperty degree = new SimpleIntegerProperty(3);
    public final IntegerProperty knots = new SimpleIntegerProperty(21);
    public final DoubleProperty rangeLo = new SimpleDoubleProperty(-3);
    public final DoubleProperty rangeHi = new SimpleDoubleProperty(3);
    public final StringProperty base = new SimpleStringProperty("relu");
    public final StringProperty init = new SimpleStringProperty("relu");
    public final ObservableList<Integer> hidden = FXCollections.observableArrayList(16, 16);
    /** Null means the family's default sharing. */
    public final ObjectProperty<Sharing> sharing = new SimpleObjectProperty<>(null);
    public final StringProperty optimizer = new SimpleStringProperty("adam");
    public final DoubleProperty lr = new SimpleDoubleProperty(0.01);
    public final DoubleProperty actLr = new SimpleDoubleProperty(0.01);
    public final IntegerProperty batch = new SimpleIntegerProperty(32);
    public final IntegerProperty seed = new SimpleIntegerProperty(1);
    public final DoubleProperty testRatio = new SimpleDoubleProperty(DataOptions.DEFAULT_TEST_RATIO);
    final DoubleProperty clip = new SimpleDoubleProperty(0);
    /** Planned epochs: the span of the cosine schedule and of the procedures' phases (play runs on past it). */
    public final IntegerProperty epochs = new SimpleIntegerProperty(100);
    public final StringProperty schedule = new SimpleStringProperty("constant");
    public final DoubleProperty momentum = new SimpleDoubleProperty(0.9);
    public final DoubleProperty weightDecay = new SimpleDoubleProperty(0);
    /** Generated datasets only: sample count and noise (set to the generator's defaults when the dataset changes). */
    public final IntegerProperty samples = new SimpleIntegerProperty(0);
    public final DoubleProperty noise = new SimpleDoubleProperty(0);
    /** How a user's CSV file is read (target, task, ignored columns, missing values); defaults for any other set. */
    public final ObjectProperty<CsvOptions> csv = new SimpleObjectProperty<>(CsvOptions.DEFAULTS);
    /** Conv block channels, "16,32"; empty = none (image datasets only). */
    public final StringProperty conv = new SimpleStringProperty("");
    public final StringProperty procedure = new SimpleStringProperty(ProcedureOptions.DEFAULT);
    public final DoubleProperty actLrScale = new SimpleDoubleProperty(10);
    public final IntegerProperty phaseEpochs = new SimpleIntegerProperty(1);
    public final IntegerProperty alternateSteps = new SimpleIntegerProperty(50);
    public final DoubleProperty tv2 = new SimpleDoubleProperty(1e-3);
    /** grid-refine: epochs after which the knots double, "3,6"; empty = at a third and two thirds. */
    public final StringProperty refineEpochs = new SimpleStringProperty("");
    private double pruneThreshold = 0.05;
    /** True while the fields differ from the running experiment in anything that needs a reset. */
    public final BooleanProperty structuralChange = new SimpleBooleanProperty(false);

    ExperimentDraft() {
        // a new family starts from its own defaults (degree, sharing); load() sets them afterwards
        family.addListener((o, a, f) -> {
            if (DEGREE_DEFAULTS.containsKey(f)) degree.set(DEGREE_DEFAULTS.get(f));
            sharing.set(null);
            // a knot procedure (tv2, grid-refine) means nothing to other families
            if (f != null && !Procedures.info(procedure.get()).supports(f)) procedure.set(ProcedureOptions.DEFAULT);
        });
        dataset.addListener((o, a, d) -> {
            generator(d).ifPresent(g -> {
                samples.set(g.defaultSamples());
                noise.set(g.defaultNoise());
            });
            conv.set("");
            // another file's columns mean nothing to this one: whoever picks a CSV sets its options after this
            csv.set(CsvOptions.DEFAULTS);
        });
        generator(dataset.get()).ifPresent(g -> {
            samples.set(g.defaultSamples());
            noise.set(g.defaultNoise());
        });
    }

    static java.util.Optional<org.activationworkbench.data.Generator> generator(String dataset) {
        return dataset == null ? java.util.Optional.empty() : new DatasetRegistry().generator(dataset);
    }

    public boolean generated() {
        return generator(dataset.get()).isPresent();
    }

    public boolean takesDegree() {
        return DEGREE_DEFAULTS.containsKey(family.get());
    }

    public ExperimentConfig toConfig() {
        String f = family.get();
        ActivationSpec spec = new ActivationSpec(f,
              takesDegree() ? degree.get() : null,
                "bspline".equals(f) ? knots.get() : null,
                "bspline".equals(f) ? new double[] {rangeLo.get(), rangeHi.get()} : null,
                "dyn".equals(f) ? base.get() : null,
                "bspline".equals(f) ? init.get() : null,
                null);
        int[] widths = hidden.stream().mapToInt(Integer::intValue).toArray();
        TrainingOptions t = new TrainingOptions(epochs.get(), batch.get(), lr.get(), actLr.get(), optimizer.get(),
                momentum.get(), false, weightDecay.get(), 0, clip.get(), seed.get(), schedule.get());
        DataOptions d = dataOptions();
        ProcedureOptions p = new ProcedureOptions(procedure.get(), actLrScale.get(), phaseEpochs.get(),
                alternateSteps.get(), tv2.get(), pruneThreshold, ints(refineEpochs.get(), "refine epochs"));
        return new ExperimentConfig(dataset.get(), d, spec, sharing.get(), widths, t, ints(conv.get(), "conv channels"), p);
    }

    /** How the dataset is loaded: seed, test ratio, and the generator's or the CSV file's options. */
    public DataOptions dataOptions() {
        DataOptions d = csv.get().applyTo(DataOptions.defaults()).withSeed(seed.get()).withTestRatio(testRatio.get());
        return generated() ? d.withSamples(samples.get()).withNoise(noise.get()) : d;
    }

    /** "16, 32" → {16, 32}; blank → none; anything else is a message for the banner. */
    static int[] ints(String text, String what) {
        if (text == null || text.isBlank()) return new int[0];
        try {
            int[] v = java.util.Arrays.stream(text.split("[,\\s]+")).filter(x -> !x.isBlank())
                    .mapToInt(x -> Integer.parseInt(x.trim())).toArray();
            for (int x : v) if (x < 1) throw new NumberFormatException();
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The " + what + " must be whole numbers of 1 or more separated by"
                    + " commas, such as 16,32; got '" + text + "'.");
        }
    }

    private static String text(int[] v) {
        return java.util.Arrays.stream(v).mapToObj(Integer::toString).collect(java.util.stream.Collectors.joining(","));
    }

    void load(ExperimentConfig c) {
        ActivationSpec s = c.activation();
        dataset.set(c.dataset());
        csv.set(CsvOptions.of(c.data()));
        family.set(s.family());
        if (s.degree() != null) degree.set(s.degree());
        knots.set(s.knots() != null ? s.knots() : 21);
        rangeLo.set(s.range() != null ? s.range()[0] : -3);
        rangeHi.set(s.range() != null ? s.range()[1] : 3);
        base.set(s.base() != null ? s.base() : "relu");
        init.set(s.init() != null ? s.init() : "relu");
        hidden.setAll(java.util.Arrays.stream(c.hidden()).boxed().toList());
        sharing.set(c.sharing());
        optimizer.set(c.training().optimizer());
        lr.set(c.training().lr());
        actLr.set(c.training().actLr());
        batch.set(c.training().batch());
        seed.set((int) c.training().seed());
        testRatio.set(c.data().testRatio());
        clip.set(c.training().clipNorm());
        epochs.set(c.training().epochs());
        schedule.set(c.training().schedule());
        momentum.set(c.training().momentum());
        weightDecay.set(c.training().weightDecay());
        if (c.data().samples() != null) samples.set(c.data().samples());
        if (c.data().noise() != null) noise.set(c.data().noise());
        conv.set(text(c.conv()));
        ProcedureOptions p = c.procedure();
        procedure.set(p.name());
        actLrScale.set(p.actLrScale());
        phaseEpochs.set(p.phaseEpochs());
        alternateSteps.set(p.alternateSteps());
        tv2.set(p.tv2());
        pruneThreshold = p.pruneThreshold();
        refineEpochs.set(text(p.refineEpochs()));
    }
}
