package org.activationworkbench.lesson;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.activationworkbench.activation.Activation;
import org.activationworkbench.activation.ActivationRegistry;
import org.activationworkbench.activation.Sharing;
import org.activationworkbench.data.Dataset;
import org.activationworkbench.data.Task;
import org.activationworkbench.experiment.ExperimentConfig;
import org.activationworkbench.experiment.ExperimentRecipe;
import org.activationworkbench.lesson.Condition.Scope;

/**
 * Checks a lesson against its data: builds the experiment of every step (the lesson's, or a restart's) with the
 * workbench's defaults, and checks that each end condition can be evaluated on that network (its parameters exist,
 * its layers and neurons exist, accuracy only for classification, no comparison that can never hold) and that each
 * highlight and enlarged panel exists. The first problem is a {@link LessonException} at its line.
 */
public final class LessonValidator {

    /** One step's run: the experiment in force and its data. */
    public record StepRun(ExperimentRecipe recipe, Dataset data, ExperimentConfig config, Activation activation) {

        int layers() {
            return config.conv().size() + config.hidden().size();
        }

        int width(int layer) {
            List<Integer> widths = new ArrayList<>(config.conv());
            widths.addAll(config.hidden());
            return widths.get(layer - 1);
        }

        int vectors(int layer) {
            return config.sharingFor(activation) == Sharing.NEURON ? width(layer) : 1;
        }
    }

    private final Map<String, Dataset> data = new HashMap<>();

    /** The run of every step, checked; loads each dataset once. */
    public List<StepRun> validate(Lesson lesson) {
        List<StepRun> runs = new ArrayList<>();
        StepRun current = null;
        for (int i = 0; i < lesson.steps().size(); i++) {
            LessonStep step = lesson.steps().get(i);
            if (current == null || step.changes().restarts()) {
                String prefix = current == null ? "experiment." : "restart.";
                current = build(lesson.recipeAt(i), current == null ? lesson.places() : step.places(), prefix,
                        current == null ? lesson.place("experiment") : step.place("restart"), lesson.source());
            }
            check(step, current);
            runs.add(current);
        }
        return runs;
    }

    private StepRun build(ExperimentRecipe recipe, Map<String, Where> places, String prefix, Where fallback, String source) {
        try {
            String key = recipe.dataset() + "|" + recipe.dataOptions();
            Dataset d = data.get(key);
            if (d == null) {
                d = recipe.loadData();
                data.put(key, d);
            }
            ExperimentConfig c = recipe.config(d);
            return new StepRun(recipe, d, c, ActivationRegistry.create(c.activation()));
        } catch (LessonException e) {
            throw e;
        } catch (RuntimeException e) {
            String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            Where w = Options.placeOf(m, places, prefix);
            if (w == null && m.contains(recipe.dataset())) w = places.get("experiment.dataset");
            throw new LessonException(w != null ? w : fallback, m.replace('\n', ' '));
        }
    }

    private static void check(LessonStep step, StepRun run) {
        checkCondition(step.until(), step, run);
        Highlight h = step.highlight();
        Where hw = step.place("highlight");
        if (h != null) {
            switch (h.target()) {
                case LAYER -> layerExists(h.layer(), run, hw, "highlight");
                case TRAJECTORY -> trajectoryShown(run, hw, "highlight: trajectory");
                case COEFFICIENTS -> {
                    var view = run.activation().view(run.activation().initialParameters(), 0, -1, 1, 3);
                    if (view.bars().isEmpty()) {
                        throw new LessonException(hw, "highlight: coefficients: the " + run.activation().family()
                                + " family has no coefficient bars (hermite, fourier, slaf and rational have)");
                    }
                }
                case DATA -> {
                    if (run.data().inputs() > 2) {
                        throw new LessonException(hw, "highlight: data: the data view draws 1-D and 2-D data only; "
                                + run.data().name() + " has " + run.data().inputs() + " inputs");
                    }
                }
                case CURVES -> { }
            }
        }
        if (step.show().contains(Panel.TRAJECTORY)) trajectoryShown(run, step.place("show"), "show: trajectory");
        Integer enlarge = step.changes().enlarge();
        if (enlarge != null && enlarge > 0) layerExists(enlarge, run, step.place("enlarge"), "enlarge");
    }

    private static void trajectoryShown(StepRun run, Where w, String what) {
        String f = run.activation().family();
        if (!(f.equals("dyn") || f.equals("prelu")) || run.config().sharingFor(run.activation()) != Sharing.LAYER) {
            throw new LessonException(w, what + ": the α/β trajectory is drawn for dyn and prelu with one activation "
                    + "per layer (sharing layer), not for " + f);
        }
    }

    private static void layerExists(int layer, StepRun run, Where w, String what) {
        if (layer > run.layers()) {
            throw new LessonException(w, what + ": layer " + layer + " does not exist; the network has " + run.layers()
                    + " activation layer" + (run.layers() == 1 ? "" : "s"));
        }
    }

    private static void checkCondition(Condition c, LessonStep step, StepRun run) {
        if (c instanceof Condition.AnyOf a) a.parts().forEach(p -> checkCondition(p, step, run));
        if (c instanceof Condition.AllOf a) a.parts().forEach(p -> checkCondition(p, step, run));
        if (!(c instanceof Condition.Compare cmp)) return;
        for (Expr e : List.of(cmp.left(), cmp.right())) {
            if (e.quantities().contains(Expr.Quantity.TEST_ACCURACY) && run.data().task() != Task.CLASSIFICATION) {
                throw new LessonException(cmp.where(), "until: " + run.data().name() + " is a regression task: it has "
                        + "no accuracy; use test loss");
            }
        }
        neverHolds(cmp);
        java.util.Set<String> params = new java.util.LinkedHashSet<>(cmp.left().parameters());
        params.addAll(cmp.right().parameters());
        Scope scope = cmp.scope();
        if (params.isEmpty()) {
            if (scope.kind() != Scope.Kind.NONE) {
                throw new LessonException(scope.where(), "until: '" + scope.text() + "' applies to activation parameters; "
                        + "the test loss, accuracy, epoch and step are the whole network's");
            }
            return;
        }
        List<String> names = run.activation().parameterNames();
        for (Expr.Param p : paramsOf(cmp)) {
            if (names.isEmpty()) {
                throw new LessonException(p.where(), "until: the " + run.activation().family() + " family is fixed: it "
                        + "has no parameter '" + p.name() + "'");
            }
            if (!names.contains(p.name())) {
                String list = names.size() <= 12 ? String.join(", ", names)
                        : String.join(", ", names.subList(0, 3)) + ", …, " + names.get(names.size() - 1);
                throw new LessonException(p.where(), "until: " + run.activation().family() + " has no parameter '"
                        + p.name() + "'" + Names.didYouMean(p.name(), names) + "; its parameters are " + list);
            }
        }
        checkScope(scope, run);
    }

    private static void checkScope(Scope scope, StepRun run) {
        Where w = scope.where();
        switch (scope.kind()) {
            case NONE -> {
                if (run.layers() > 1 || run.vectors(1) > 1) {
                    throw new LessonException(w, "until: say whose parameters: add 'in layer N', 'in every layer' or "
                            + "'in any layer'" + (run.vectors(1) > 1 ? " (with a neuron: each neuron has its own "
                            + "activation)" : "") + "; the network has " + run.layers() + " activation layer"
                            + (run.layers() == 1 ? "" : "s"));
                }
            }
            case LAYER -> {
                layerExists(scope.layer(), run, w, "until");
                if (run.vectors(scope.layer()) > 1) {
                    throw new LessonException(w, "until: each neuron of layer " + scope.layer() + " has its own "
                            + "activation (sharing neuron): say 'in layer " + scope.layer() + " neuron M', 'in every "
                            + "neuron of layer " + scope.layer() + "' or 'in any neuron of layer " + scope.layer() + "'");
                }
            }
            case LAYER_NEURON -> {
                layerExists(scope.layer(), run, w, "until");
                if (run.vectors(scope.layer()) == 1) {
                    throw new LessonException(w, "until: layer " + scope.layer() + " shares one activation across its "
                            + "neurons (sharing layer): drop 'neuron " + scope.neuron() + "'");
                }
                if (scope.neuron() > run.width(scope.layer())) {
                    throw new LessonException(w, "until: layer " + scope.layer() + " has " + run.width(scope.layer())
                            + " neurons, not " + scope.neuron());
                }
            }
            case EVERY_NEURON, ANY_NEURON -> layerExists(scope.layer(), run, w, "until");
            case EVERY_LAYER, ANY_LAYER -> { }
        }
    }

    /** A comparison of one quantity with a number that its range rules out ("test accuracy > 1", "test loss < 0"). */
    private static void neverHolds(Condition.Compare c) {
        boolean flipped = c.left() instanceof Expr.Num;
        Expr q = flipped ? c.right() : c.left();
        Expr n = flipped ? c.left() : c.right();
        if (!(q instanceof Expr.Metric m) || !(n instanceof Expr.Num num)) return;
        double lo = 0;
        double hi = m.quantity() == Expr.Quantity.TEST_ACCURACY ? 1 : Double.POSITIVE_INFINITY;
        double v = num.value();
        Condition.Op op = c.op();
        if (flipped) {
            op = switch (op) {
                case LESS -> Condition.Op.MORE;
                case AT_MOST -> Condition.Op.AT_LEAST;
                case MORE -> Condition.Op.LESS;
                case AT_LEAST -> Condition.Op.AT_MOST;
            };
        }
        boolean never = switch (op) {
            case LESS -> v <= lo;
            case AT_MOST -> v < lo;
            case MORE -> v >= hi;
            case AT_LEAST -> v > hi;
        };
        if (never) {
            String range = hi == 1 ? "between 0 and 1 (write 90 % as 0.9 or 90%)" : "never below 0";
            throw new LessonException(c.where(), "until: this can never be met: " + m.quantity().words() + " is " + range);
        }
    }

    private static List<Expr.Param> paramsOf(Condition.Compare c) {
        List<Expr.Param> out = new ArrayList<>();
        collect(c.left(), out);
        collect(c.right(), out);
        return out;
    }

    private static void collect(Expr e, List<Expr.Param> out) {
        if (e instanceof Expr.Param p) out.add(p);
        for (Expr part : e.parts()) collect(part, out);
    }
}
