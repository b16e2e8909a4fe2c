package org.activationworkbench.lesson;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.activationworkbench.core.OptionException;
import org.activationworkbench.experiment.ExperimentRecipe;
import org.activationworkbench.experiment.ExperimentSchema;

/** Reads one step of a lesson file (docs/lessons.md, "Steps"). */
final class StepReader {

    static final List<String> KEYS = List.of("title", "text", "question", "answer", "show", "hide", "highlight",
            "play", "until", "max-epochs", "restart", "lr", "act-lr", "speed", "enlarge");
    static final int MAX_EPOCH_LIMIT = 100_000;

    private StepReader() {
    }

    static LessonStep read(YamlMap m, int number, ExperimentRecipe lessonRecipe) {
        m.allowOnly(KEYS);
        Map<String, Where> places = new LinkedHashMap<>();
        for (String k : m.keys()) places.put(k, m.whereText(k));
        String title = m.text("title");
        String context = "step " + number + " '" + title + "'";
        String text = m.text("text");
        String question = m.optionalText("question");
        String answer = m.optionalText("answer");
        if (answer != null && question == null) {
            throw new LessonException(m.whereKey("answer"), context + " has an answer but no question");
        }
        if (question != null && answer == null) {
            throw new LessonException(m.whereKey("question"), context + " asks a question but gives no answer "
                    + "(answer: is revealed on a click)");
        }
        Set<Panel> show = panels(m, "show");
        Set<Panel> hide = panels(m, "hide");
        for (Panel p : show) {
            if (hide.contains(p)) throw new LessonException(m.whereValue("hide"), context + " both shows and hides " + p.key());
        }
        Highlight highlight = m.has("highlight") ? highlight(m.text("highlight"), m.whereText("highlight")) : null;
        if (!m.has("until")) {
            throw new LessonException(m.where(), context + " has no way to end: give it 'until:' (next, 20 epochs, "
                    + "test accuracy >= 0.9, alpha - beta < 0.5 in layer 2, diverged)");
        }
        String untilText = m.text("until");
        Condition until = ConditionParser.parse(untilText, m.whereText("until"));
        boolean play = m.has("play") ? bool(m, "play") : until.automatic();
        int maxEpochs = 0;
        if (m.has("max-epochs")) {
            maxEpochs = wholeNumber(m, "max-epochs", 1, MAX_EPOCH_LIMIT);
            if (!until.automatic()) {
                throw new LessonException(m.whereKey("max-epochs"), context + " ends on Next: max-epochs applies to "
                        + "conditions the run can meet");
            }
        }
        Map<String, Object> restart = null;
        if (m.has("restart")) restart = restart(m, places, lessonRecipe, context);
        Double lr = m.has("lr") ? rate(m, "lr") : null;
        Double actLr = m.has("act-lr") ? rate(m, "act-lr") : null;
        Speed speed = m.has("speed") ? speed(m.text("speed"), m.whereText("speed")) : null;
        Integer enlarge = m.has("enlarge") ? enlarge(m.text("enlarge"), m.whereText("enlarge")) : null;
        return new LessonStep(number, title, text, question, answer, show, hide, highlight,
                new StepChanges(restart, lr, actLr, speed, enlarge), play, until, untilText, maxEpochs,
                m.where(), places);
    }

    private static Set<Panel> panels(YamlMap m, String key) {
        Set<Panel> out = EnumSet.noneOf(Panel.class);
        if (!m.has(key)) return out;
        for (String w : m.words(key)) {
            Panel p = Panel.find(w).orElseThrow(() -> new LessonException(m.whereValue(key), "unknown panel '" + w + "' in "
                    + key + Names.didYouMean(w, Panel.keys()) + "; the panels are " + String.join(", ", Panel.keys())));
            out.add(p);
        }
        return out;
    }

    static Highlight highlight(String text, Where where) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        Integer layer = layerNumber(t, where, "highlight");
        if (layer != null) return new Highlight(Highlight.Target.LAYER, layer);
        List<String> words = List.of("layer N", "trajectory", "coefficients", "data", "curves");
        for (Highlight.Target target : Highlight.Target.values()) {
            if (target != Highlight.Target.LAYER && target.name().toLowerCase(Locale.ROOT).equals(t)) {
                return new Highlight(target, 0);
            }
        }
        throw new LessonException(where, "highlight: unknown target '" + text + "'" + Names.didYouMean(t, words)
                + "; highlight one of " + String.join(", ", words));
    }

    static Integer enlarge(String text, Where where) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.equals("none")) return 0;
        Integer layer = layerNumber(t, where, "enlarge");
        if (layer == null) throw new LessonException(where, "enlarge: write 'layer N' (N from 1) or 'none', got '" + text + "'");
        return layer;
    }

    /** "layer 2" → 2; null when the text is not of that form. */
    private static Integer layerNumber(String t, Where where, String key) {
        if (!t.startsWith("layer")) return null;
        String n = t.substring(5).trim();
        try {
            int v = Integer.parseInt(n);
            if (v < 1) throw new NumberFormatException();
            return v;
        } catch (NumberFormatException e) {
            throw new LessonException(where, key + ": layers are numbered from 1, as the window shows them: 'layer 1'; got '"
                    + t + "'");
        }
    }

    /** "20", "20 steps/s", "2 epochs/s", "max". */
    static Speed speed(String text, Where where) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.equals("max")) return new Speed(0, Speed.Unit.MAX);
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("([0-9]*\\.?[0-9]+(?:e[-+]?[0-9]+)?)\\s*(steps?/s|epochs?/s)?").matcher(t);
        if (!m.matches()) {
            throw new LessonException(where, "speed: write steps per second ('20' or '20 steps/s'), epochs per second "
                    + "('2 epochs/s') or 'max', got '" + text + "'");
        }
        double v = Double.parseDouble(m.group(1));
        if (!(v > 0) || v > 1e6) throw new LessonException(where, "speed must be above 0 and at most 1000000, got " + m.group(1));
        boolean epochs = m.group(2) != null && m.group(2).startsWith("epoch");
        return new Speed(v, epochs ? Speed.Unit.EPOCHS_PER_SECOND : Speed.Unit.STEPS_PER_SECOND);
    }

    private static Map<String, Object> restart(YamlMap m, Map<String, Where> places, ExperimentRecipe lessonRecipe,
                                               String context) {
        org.yaml.snakeyaml.nodes.Node v = m.value("restart");
        if (v instanceof org.yaml.snakeyaml.nodes.ScalarNode) {
            if (bool(m, "restart")) return Map.of();
            throw new LessonException(m.whereText("restart"), context + ": 'restart: false' changes nothing; leave it out");
        }
        YamlMap map = m.map("restart", "restart of " + context);
        Map<String, Where> optionPlaces = new LinkedHashMap<>();
        Map<String, Object> given = Options.restart(map, optionPlaces, "restart.", lessonRecipe);
        places.putAll(optionPlaces);
        return given;
    }

    private static double rate(YamlMap m, String key) {
        try {
            return (Double) ExperimentSchema.get(key).option().parse(m.text(key), key);
        } catch (OptionException e) {
            throw new LessonException(m.whereText(key), e.getMessage());
        }
    }

    private static boolean bool(YamlMap m, String key) {
        String t = m.text(key).toLowerCase(Locale.ROOT);
        if (List.of("true", "yes", "on").contains(t)) return true;
        if (List.of("false", "no", "off").contains(t)) return false;
        throw new LessonException(m.whereText(key), key + " must be true or false, got '" + m.text(key) + "'");
    }

    private static int wholeNumber(YamlMap m, String key, int min, int max) {
        String t = m.text(key);
        try {
            int v = Integer.parseInt(t);
            if (v < min || v > max) throw new NumberFormatException();
            return v;
        } catch (NumberFormatException e) {
            throw new LessonException(m.whereText(key), key + " must be a whole number from " + min + " to " + max
                    + ", got '" + t + "'");
        }
    }
}
