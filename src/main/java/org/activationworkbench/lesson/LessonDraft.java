package org.activationworkbench.lesson;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.activationworkbench.core.NumberText;
import org.activationworkbench.experiment.ExperimentConfig;
import org.activationworkbench.experiment.ExperimentSchema;
import org.activationworkbench.experiment.Setting;

/**
 * A lesson being written by doing it once (author mode): the experiment of the run in the window, then one step per
 * "Add step here". A step added at training step S ends the step before it at S (until: N steps), so playing the
 * lesson again stops where the teacher stopped. {@link #yaml()} is a lesson file that {@link LessonReader} reads.
 */
public final class LessonDraft {

    /** One step as the author left it. */
    public record StepDraft(String title, String text, Collection<Panel> show, Collection<Panel> hide, String until,
                            long startStep) {
    }

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_.,+\\-]+");

    private final String title;
    private final Map<String, String> experiment;
    private final List<StepDraft> steps = new ArrayList<>();

    private LessonDraft(String title, Map<String, String> experiment) {
        this.title = title;
        this.experiment = experiment;
    }

    /**
     * A lesson with the run's experiment and one first step (ends on Next) at training step {@code atStep}: every
     * setting that applies to the run, written out, so the lesson does not depend on defaults that may change.
     */
    public static LessonDraft of(String title, ExperimentConfig config, StepDraft first) {
        Map<String, String> exp = new LinkedHashMap<>();
        exp.put("dataset", config.dataset());
        exp.put("family", config.activation().family());
        for (Map.Entry<String, Object> e : config.activation().options().entrySet()) {
            exp.put(e.getKey(), text(e.getValue()));
        }
        if (config.activation().initFit() != null) exp.put("init-fit", config.activation().initFit());
        for (Setting s : ExperimentSchema.all()) {
            if (!s.applies().test(config)) continue;
            Object v = s.get().apply(config);
            if (v == null || v instanceof List<?> l && l.isEmpty()) continue;
            exp.putIfAbsent(s.name(), s.option().format(v));
        }
        LessonDraft d = new LessonDraft(title, exp);
        d.steps.add(first);
        return d;
    }

    /**
     * Appends a step that starts at training step {@code step.startStep()}: the step before it, if it ended on Next
     * and the run has trained since it began, now ends after those steps.
     */
    public void add(StepDraft step) {
        StepDraft last = steps.get(steps.size() - 1);
        long trained = step.startStep() - last.startStep();
        if (trained > 0 && last.until().equals("next")) {
            steps.set(steps.size() - 1, new StepDraft(last.title(), last.text(), last.show(), last.hide(),
                    trained + " steps", last.startStep()));
        }
        steps.add(step);
    }

    public int size() {
        return steps.size();
    }

    /** The lesson file's text. */
    public String yaml() {
        StringBuilder b = new StringBuilder();
        b.append("# Written by the workbench's \"Save as lesson…\"; the format is in docs/lessons.md.\n");
        b.append("lesson: ").append(quote(title)).append("\n\nexperiment:\n");
        for (Map.Entry<String, String> e : experiment.entrySet()) {
            b.append("  ").append(e.getKey()).append(": ").append(quote(e.getValue())).append('\n');
        }
        b.append("\nsteps:\n");
        for (StepDraft s : steps) {
            b.append("  - title: ").append(quote(s.title())).append('\n');
            b.append("    text: ").append(quote(s.text())).append('\n');
            if (!s.show().isEmpty()) b.append("    show: [").append(keys(s.show())).append("]\n");
            if (!s.hide().isEmpty()) b.append("    hide: [").append(keys(s.hide())).append("]\n");
            b.append("    until: ").append(s.until()).append("\n\n");
        }
        return b.toString();
    }

    private static String keys(Collection<Panel> panels) {
        return String.join(", ", panels.stream().map(Panel::key).toList());
    }

    private static String text(Object v) {
        if (v instanceof List<?> l) return String.join(",", l.stream().map(LessonDraft::text).toList());
        if (v instanceof Double d) return NumberText.compact(d);
        return String.valueOf(v).toLowerCase(Locale.ROOT).equals("null") ? "" : String.valueOf(v);
    }

    /** A YAML scalar: plain when it is a simple word or number list, else double-quoted. */
    static String quote(String s) {
        if (PLAIN.matcher(s).matches() && !s.startsWith("-")) return s;
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
    }
}
