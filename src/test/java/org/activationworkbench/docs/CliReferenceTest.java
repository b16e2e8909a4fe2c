package org.activationworkbench.docs;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.activationworkbench.cli.WorkbenchCli;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * docs/cli.md keeps up with the code: every command of the picocli tree has its own section ("## `name`"), and
 * every long option of a command is named in that command's section. A new option or command without
 * documentation fails here with the command and option named.
 */
class CliReferenceTest {

    private static final Pattern SECTION = Pattern.compile("(?m)^## `([a-z0-9 -]+)`\\s*$");

    @Test
    void everyCommandAndLongOptionIsInTheReference() throws IOException {
        String doc = Files.readString(MarkdownLinksTest.projectRoot().resolve("docs/cli.md"), StandardCharsets.UTF_8);
        Map<String, String> sections = sections(doc);
        Map<String, CommandLine> commands = new LinkedHashMap<>();
        collect(new CommandLine(new WorkbenchCli()), commands);
        assertFalse(commands.isEmpty(), "the command tree has no subcommands");

        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, CommandLine> c : commands.entrySet()) {
            String name = c.getKey();
            String section = sections.get(name);
            if (section == null) {
                missing.add("command `" + name + "` has no section \"## `" + name + "`\"");
                continue;
            }
            for (OptionSpec o : c.getValue().getCommandSpec().options()) {
                for (String option : o.names()) {
                    if (option.startsWith("--") && !mentions(section, option)) {
                        missing.add("`" + name + " " + option + "` is not in the `" + name + "` section");
                    }
                }
            }
        }
        if (!missing.isEmpty()) fail("docs/cli.md is behind the code:\n  " + String.join("\n  ", missing));
    }

    @Test
    void optionMatchingNeedsTheWholeName() {
        assertTrue(mentions("| `--act-lr-scale` | X |", "--act-lr-scale"));
        assertFalse(mentions("| `--act-lr-scale` | X |", "--act-lr"));
        assertTrue(mentions("`--act-lr`, `--optimizer`", "--act-lr"));
        assertTrue(mentions("--from=A --to=B", "--to"));
    }

    /** Every subcommand, depth first, by its qualified name without the program name ("train", or "a b"). */
    private static void collect(CommandLine parent, Map<String, CommandLine> out) {
        for (CommandLine sub : parent.getSubcommands().values()) {
            String qualified = sub.getCommandSpec().qualifiedName(" ");
            String name = qualified.substring(qualified.indexOf(' ') + 1);
            if (out.putIfAbsent(name, sub) == null) collect(sub, out); // aliases map to the same command
        }
    }

    /** The text of each "## `name`" section, up to the next "## " heading. */
    private static Map<String, String> sections(String doc) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = SECTION.matcher(doc);
        List<int[]> starts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        while (m.find()) {
            starts.add(new int[] {m.start(), m.end()});
            names.add(m.group(1));
        }
        for (int i = 0; i < names.size(); i++) {
            int from = starts.get(i)[1];
            int next = doc.indexOf("\n## ", from);
            out.put(names.get(i), doc.substring(from, next < 0 ? doc.length() : next));
        }
        return out;
    }

    /** The option as a whole word: not followed by a letter, digit or '-' (so --act-lr does not match --act-lr-scale). */
    private static boolean mentions(String text, String option) {
        return Pattern.compile("(?<![\\w-])" + Pattern.quote(option) + "(?![\\w-])").matcher(text).find();
    }
}
