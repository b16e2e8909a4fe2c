package org.activationworkbench.architecture;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The direction of the project's packages, written once: each package names the packages it may use directly,
 * and may use whatever those may use. A source file that refers to any other project package (by import, static
 * import or fully qualified name) is a violation.
 */
final class PackageLayers {

    static final String ROOT = "org.activationworkbench.";

    /** Package (without the root) → the packages below it that it may use directly. */
    static final Map<String, List<String>> MAY_USE = new LinkedHashMap<>();

    static {
        allow("core");
        allow("io", "core");
        allow("activation", "core");
        allow("data", "core", "io");
        allow("nn", "activation");
        allow("train", "nn", "data");
        allow("stats");   // arithmetic over seeds: uses nothing of the project
        allow("experiment", "train", "io", "stats");
        allow("live", "experiment");
        allow("symbolic", "experiment");
        allow("plot", "symbolic");
        allow("export", "plot");
        allow("study", "export");
        allow("cli", "study");
        // the window, bottom to top: threading helpers and canvas widgets, the view models, dialogs, panels, the shell
        allow("ui.concurrent", "study");
        allow("ui.plot", "study");
        allow("ui.model", "ui.concurrent", "ui.plot", "live");
        allow("ui.dialogs", "ui.model");
        allow("ui.panels", "ui.dialogs");
        allow("ui.shell", "ui.panels");
        allow("app.demo", "ui.shell");
        allow("app", "app.demo", "cli");
    }

    /** Packages that must not touch JavaFX: everything but the window and the launcher. */
    static final Set<String> HEADLESS = Set.of("core", "io", "stats", "activation", "data", "nn", "train", "experiment",
            "live", "symbolic", "plot",
            "export", "study", "cli");

    private static final Pattern PACKAGE = Pattern.compile("^package\\s+org\\.activationworkbench\\.([\\w.]+)\\s*;",
            Pattern.MULTILINE);
    private static final Pattern REFERENCE = Pattern.compile("org\\.activationworkbench\\.((?:[a-z]\\w*\\.)*[a-z]\\w*)\\.[A-Z]");
    private static final Pattern JAVAFX = Pattern.compile("\\bjavafx\\.[a-z]");

    private PackageLayers() {
    }

    private static void allow(String pkg, String... below) {
        MAY_USE.put(pkg, List.of(below));
    }

    /** Every package pkg may use: itself, the ones it names, and theirs. */
    static Set<String> reachable(String pkg) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> todo = new ArrayList<>(List.of(pkg));
        while (!todo.isEmpty()) {
            String p = todo.remove(todo.size() - 1);
            if (!seen.add(p)) continue;
            todo.addAll(MAY_USE.getOrDefault(p, List.of()));
        }
        return seen;
    }

    /** The violations in one source file, as readable lines ("nn/Foo.java uses ui.shell"). */
    static List<String> check(String fileName, String source) {
        String code = stripComments(source);
        Matcher pm = PACKAGE.matcher(code);
        if (!pm.find()) return List.of(fileName + " has no org.activationworkbench package");
        String own = pm.group(1);
        List<String> problems = new ArrayList<>();
        if (!MAY_USE.containsKey(own)) {
            problems.add(fileName + " is in package " + own + ", which PackageLayers.MAY_USE does not place");
            return problems;
        }
        Set<String> ok = reachable(own);
        Set<String> used = new TreeSet<>();
        Matcher rm = REFERENCE.matcher(code);
        while (rm.find()) used.add(rm.group(1));
        for (String u : used) {
            if (!ok.contains(u)) problems.add(fileName + " (package " + own + ") uses " + u + ", which is above it");
        }
        if (HEADLESS.contains(own) && JAVAFX.matcher(code).find()) {
            problems.add(fileName + " (package " + own + ") uses JavaFX; only ui and app may");
        }
        return problems;
    }

    /** Source without comments and string contents, so prose and messages never count as references. */
    static String stripComments(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '/' && i + 1 < s.length() && s.charAt(i + 1) == '/') {
                while (i < s.length() && s.charAt(i) != '\n') i++;
            } else if (c == '/' && i + 1 < s.length() && s.charAt(i + 1) == '*') {
                int end = s.indexOf("*/", i + 2);
                i = end < 0 ? s.length() : end + 2;
                out.append(' ');
            } else if (c == '"') {
                boolean block = s.startsWith("\"\"\"", i);
                int end = block ? s.indexOf("\"\"\"", i + 3) : i + 1;
                if (!block) {
                    while (end < s.length() && s.charAt(end) != '"') end += s.charAt(end) == '\\' ? 2 : 1;
                }
                i = end < 0 ? s.length() : end + (block ? 3 : 1);
                out.append("\"\"");
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
