package org.activationworkbench.lesson;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.activationworkbench.activation.ActivationRegistry;
import org.activationworkbench.activation.FamilyInfo;
import org.activationworkbench.core.Option;
import org.activationworkbench.experiment.ExperimentRecipe;
import org.activationworkbench.experiment.ExperimentSchema;
import org.activationworkbench.experiment.Setting;

/**
 * A lesson's experiment options, read as the command line reads its flags: the same names (without the dashes), each
 * value parsed and checked by the option's own declaration, so a bad value gets the command line's message.
 */
final class Options {

    private Options() {
    }

    /** Every option name an experiment may give, besides the dataset. */
    static List<String> names() {
        List<String> out = new ArrayList<>(List.of("family", "init-fit"));
        for (Setting s : ExperimentSchema.all()) out.add(s.name());
        for (String n : ActivationRegistry.optionNames().keySet()) if (!out.contains(n)) out.add(n);
        return out;
    }

    /** The lesson's experiment: a dataset and a family, plus options. */
    static ExperimentRecipe experiment(YamlMap exp, Map<String, Where> places, String prefix) {
        List<String> allowed = new ArrayList<>(List.of("dataset"));
        allowed.addAll(names());
        exp.allowOnly(allowed);
        String dataset = exp.text("dataset");
        if (!exp.has("family")) throw new LessonException(exp.where(), "experiment needs 'family:' (see `families`)");
        places.put(prefix + "dataset", exp.whereValue("dataset"));
        Map<String, Object> given = given(exp, places, prefix, null);
        ExperimentRecipe recipe = new ExperimentRecipe(dataset, given);
        check(recipe, exp, prefix, places);
        return recipe;
    }

    /**
     * A restart's options over the lesson's experiment (any option but the dataset); {@code base} is the lesson's
     * recipe, so a family option is checked against the family the restarted run will have.
     */
    static Map<String, Object> restart(YamlMap map, Map<String, Where> places, String prefix, ExperimentRecipe base) {
        map.allowOnly(names());
        Map<String, Object> given = given(map, places, prefix, base);
        ExperimentRecipe r = base;
        for (Map.Entry<String, Object> e : given.entrySet()) r = r.with(e.getKey(), e.getValue());
        check(r, map, prefix, places);
        return given;
    }

    private static Map<String, Object> given(YamlMap map, Map<String, Where> places, String prefix, ExperimentRecipe base) {
        Map<String, Object> given = new LinkedHashMap<>();
        String family = map.has("family") ? family(map) : base == null ? null : (String) base.given().get("family");
        for (String key : map.keys()) {
            if (key.equals("dataset")) continue;
            places.put(prefix + key, map.whereValue(key));
            String text = map.optionText(key);
            if (key.equals("family")) {
                given.put(key, family);
                continue;
            }
            if (key.equals("init-fit")) {
                given.put(key, text);
                continue;
            }
            try {
                Optional<Setting> s = ExperimentSchema.find(key);
                if (s.isPresent()) {
                    given.put(key, s.get().option().parse(text, key));
                } else {
                    Option o = familyOption(key, family);
                    given.put(key, o.read(text, key));
                }
            } catch (IllegalArgumentException e) {
                throw new LessonException(map.whereText(key), e.getMessage());
            }
        }
        return given;
    }

    private static String family(YamlMap map) {
        String f = map.optionText("family");
        if (ActivationRegistry.findInfo(f).isEmpty()) {
            List<String> known = ActivationRegistry.all().stream().map(FamilyInfo::name).toList();
            throw new LessonException(map.whereText("family"), "unknown family '" + f + "'" + Names.didYouMean(f, known)
                    + "; the families are " + String.join(", ", known));
        }
        return ActivationRegistry.info(f).name();
    }

    /** The family's declaration of a family option, or any family's when the family does not take it (checked later). */
    private static Option familyOption(String key, String family) {
        if (family != null) {
            Optional<Option> own = ActivationRegistry.info(family).option(key);
            if (own.isPresent()) return own.get();
        }
        return ActivationRegistry.optionNames().get(key).get(0).option(key).orElseThrow();
    }

    /**
     * What the recipe can say before its data is loaded (each family option checked by the family, the data
     * options); a message naming an option is placed at that option.
     */
    private static void check(ExperimentRecipe recipe, YamlMap map, String prefix, Map<String, Where> places) {
        try {
            recipe.checkOptions();
        } catch (IllegalArgumentException e) {
            throw new LessonException(placeOf(e.getMessage(), map, prefix, places), e.getMessage());
        }
    }

    /** The place of the option a message names ("--knots", "knots"), else the mapping. */
    static Where placeOf(String message, YamlMap map, String prefix, Map<String, Where> places) {
        Where w = placeOf(message, places, prefix);
        return w != null ? w : map.where();
    }

    static Where placeOf(String message, Map<String, Where> places, String prefix) {
        String m = message == null ? "" : message;
        Where best = null;
        int bestAt = Integer.MAX_VALUE;
        for (Map.Entry<String, Where> e : places.entrySet()) {
            if (!e.getKey().startsWith(prefix)) continue;
            String name = e.getKey().substring(prefix.length());
            java.util.regex.Matcher mm = java.util.regex.Pattern.compile("(?<![\\w-])(--)?" + java.util.regex.Pattern.quote(name)
                    + "(?![\\w-])").matcher(m);
            if (mm.find() && mm.start() < bestAt) {
                best = e.getValue();
                bestAt = mm.start();
            }
        }
        return best;
    }
}
