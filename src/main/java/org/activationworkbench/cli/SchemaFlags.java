package org.activationworkbench.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.activationworkbench.activation.ActivationRegistry;
import org.activationworkbench.activation.FamilyInfo;
import org.activationworkbench.core.Option;
import org.activationworkbench.experiment.Setting;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Command-line flags made from declared options: the experiment's settings and the families' own options. Each
 * becomes one flag with the declaration's help and range; what the user typed is parsed and checked by the
 * declaration, so a bad value names its flag before any work starts.
 */
final class SchemaFlags {

    private final List<Option> options = new ArrayList<>();
    /** Family options: read here, checked by the chosen family's own declaration. */
    private final java.util.Set<String> checkedByFamily = new java.util.HashSet<>();

    /** Flags for these settings. */
    SchemaFlags settings(List<Setting> settings) {
        for (Setting s : settings) options.add(s.option());
        return this;
    }

    /**
     * One flag per family option name (--degree serves hermite, fourier, tropical and slaf), its help naming each
     * family's range and default. The value is checked by the chosen family when the experiment is made.
     */
    SchemaFlags familyOptions() {
        for (Map.Entry<String, List<FamilyInfo>> e : ActivationRegistry.optionNames().entrySet()) {
            Option first = e.getValue().get(0).option(e.getKey()).orElseThrow();
            String per = e.getValue().stream().map(f -> {
                Option o = f.option(e.getKey()).orElseThrow();
                return f.name() + ": " + (o.kind() == Option.Kind.RANGE ? "" : o.accepts() + ", ")
                        + "default " + o.format(o.defaultValue());
            }).collect(Collectors.joining("; "));
            String help = e.getValue().size() == 1 ? first.help() : first.label();
            options.add(first.withDefault(null).describedFor(help + " (" + per + ")"));
            checkedByFamily.add(e.getKey());
        }
        return this;
    }

    /** Adds the flags to a command (before it parses). */
    void addTo(CommandSpec spec) {
        for (Option o : options) {
            if (spec.findOption(o.flag()) != null) continue;
            String help = checkedByFamily.contains(o.name()) ? o.help() + "." : o.helpLine();
            OptionSpec.Builder b = OptionSpec.builder(o.flag()).description(help.replace("%", "%%"));
            if (o.kind() == Option.Kind.FLAG) b.arity("0").type(boolean.class);
            else b.paramLabel(o.paramLabel()).type(String.class);
            spec.addOption(b.build());
        }
    }

    /** The flags the user gave, parsed and checked: option name → value. */
    Map<String, Object> given(CommandSpec spec) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (Option o : options) {
            OptionSpec os = spec.findOption(o.flag());
            if (os == null || !spec.commandLine().getParseResult().hasMatchedOption(os)) continue;
            Object raw = os.getValue();
            if (o.kind() == Option.Kind.FLAG) m.put(o.name(), Boolean.TRUE);
            else if (checkedByFamily.contains(o.name())) m.put(o.name(), o.read((String) raw, o.flag()));
            else m.put(o.name(), o.parse((String) raw));
        }
        return m;
    }
}
