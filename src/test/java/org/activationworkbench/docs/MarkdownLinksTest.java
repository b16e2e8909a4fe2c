package org.activationworkbench.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every relative link and image in the repository's Markdown files leads to a file or folder inside the
 * repository: a clone has no {@code ../shared/...} next to it, and GitHub shows a dead link for a missing file.
 * External links (http, https, mailto) and links to an anchor of the same page are not checked; a link's
 * {@code #fragment} and {@code ?query} are ignored.
 */
class MarkdownLinksTest {

    /** The Maven basedir: surefire sets "basedir"; a run from the IDE starts in the project folder. */
    static Path projectRoot() {
        String basedir = System.getProperty("basedir");
        Path root = Path.of(basedir != null && !basedir.isBlank() ? basedir : System.getProperty("user.dir"));
        return root.toAbsolutePath().normalize();
    }

    @Test
    void everyRelativeLinkInTheRepositoryResolvesInsideIt() throws IOException {
        Path root = projectRoot();
        List<Path> files = markdownFiles(root);
        assertTrue(files.contains(root.resolve("README.md")), "README.md not found under " + root
                + "; is the test running from the project folder?");
        List<String> problems = new ArrayList<>();
        int links = 0;
        for (Path f : files) {
            List<Link> found = links(Files.readString(f, StandardCharsets.UTF_8));
            links += found.size();
            for (Link l : found) {
                String problem = check(root, f, l.target());
                if (problem != null) problems.add(root.relativize(f) + ":" + l.line() + ": " + problem);
            }
        }
        if (!problems.isEmpty()) {
            fail(problems.size() + " broken link(s) in " + files.size() + " Markdown files:\n  "
                    + String.join("\n  ", problems));
        }
        assertTrue(links > 0, "no links found at all in " + files);
    }

    /** The checker itself: it must catch what it is for, with the file, the line and the link in the message. */
    @Test
    void reportsBrokenAndEscapingLinksWithFileLineAndLink(@TempDir Path tmp) throws IOException {
        Path repo = Files.createDirectories(tmp.resolve("repo"));
        Files.createDirectories(repo.resolve("docs/img"));
        Files.writeString(repo.resolve("docs/img/a.png"), "png");
        Files.writeString(tmp.resolve("outside.md"), "# outside the repository");
        Path doc = repo.resolve("docs/guide.md");
        Files.writeString(doc, String.join("\n",
                "# Guide",
                "A [good link](img/a.png) and ![an image](img/a.png \"title\") and [a folder](img/).",
                "[escapes](../../outside.md) and [missing](nope.md#part)",
                "```",
                "[in a code block](ignored.md)",
                "```",
                "`[in code](ignored.md)` [web](https://example.com) [mail](mailto:a@b.c) [anchor](#guide)",
                "![E[f²] per layer](img/a.png) [root-relative](/docs/img/a.png?raw=true) [encoded](img%2Fa.png)",
                "[ref]: ../../escape-too.md"));
        List<String> problems = new ArrayList<>();
        for (Link l : links(Files.readString(doc))) {
            String p = check(repo, doc, l.target());
            if (p != null) problems.add(l.line() + ": " + p);
        }
        assertEquals(3, problems.size(), String.join("\n", problems));
        assertTrue(problems.get(0).startsWith("3: link '../../outside.md' leaves the repository"), problems.get(0));
        assertTrue(problems.get(1).startsWith("3: link 'nope.md#part' points to docs/nope.md, which does not exist"),
                problems.get(1));
        assertTrue(problems.get(2).startsWith("9: link '../../escape-too.md' leaves the repository"), problems.get(2));
    }

    @Test
    void readsNestedBracketsAnglesAndTitles() {
        List<Link> l = links("![E[f²] at init](variance.png) [x](<a b.md> \"t\") [y](c.md 'title') [z](d_(1).md)");
        assertEquals(List.of("variance.png", "a b.md", "c.md", "d_(1).md"), l.stream().map(Link::target).toList());
    }

    // ---- the checker -------------------------------------------------------------------------------------------

    record Link(int line, String target) { }

    private static final Pattern REFERENCE = Pattern.compile("^ {0,3}\\[(?!\\^)[^\\]]+\\]:\\s*(\\S+)");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(```+|~~~+)");
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    /** Every Markdown file under root, skipping target/ and any .git. */
    static List<Path> markdownFiles(Path root) throws IOException {
        List<Path> out = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                if (name.equals(".git") || dir.equals(root.resolve("target"))) return FileVisitResult.SKIP_SUBTREE;
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md")) {
                    out.add(file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        out.sort(null);
        return out;
    }

    /**
     * The targets of inline links and images ({@code [text](target)}, {@code ![alt](target)}, text may hold nested
     * brackets) and of reference definitions ({@code [name]: target}), with their line numbers. Fenced code blocks
     * and inline code spans are skipped.
     */
    static List<Link> links(String markdown) {
        List<Link> out = new ArrayList<>();
        String[] lines = markdown.split("\r?\n", -1);
        String fence = null;
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            Matcher f = FENCE.matcher(line);
            if (f.find()) {
                String mark = f.group(1);
                if (fence == null) {
                    fence = mark;
                    continue;
                }
                if (mark.charAt(0) == fence.charAt(0) && mark.length() >= fence.length()) {
                    fence = null;
                    continue;
                }
            }
            if (fence != null) continue;
            Matcher ref = REFERENCE.matcher(line);
            if (ref.find()) {
                out.add(new Link(n + 1, stripAngles(ref.group(1))));
                continue;
            }
            String text = withoutCodeSpans(line);
            for (int i = text.indexOf("]("); i >= 0; i = text.indexOf("](", i + 2)) {
                if (!opensLinkText(text, i)) continue;
                String target = destination(text, i + 2);
                if (target != null) out.add(new Link(n + 1, target));
            }
        }
        return out;
    }

    /** True when the ']' at index i closes a '[' earlier on the line (brackets may nest inside the text). */
    private static boolean opensLinkText(String s, int i) {
        int depth = 0;
        for (int k = i; k >= 0; k--) {
            char c = s.charAt(k);
            if (c == ']') depth++;
            else if (c == '[' && --depth == 0) return true;
        }
        return false;
    }

    /** The link destination starting at index from (just after "("): {@code <...>} or up to the matching ')'. */
    private static String destination(String s, int from) {
        int i = from;
        while (i < s.length() && s.charAt(i) == ' ') i++;
        if (i < s.length() && s.charAt(i) == '<') {
            int end = s.indexOf('>', i);
            return end < 0 ? null : s.substring(i + 1, end);
        }
        int depth = 0;
        int start = i;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') depth++;
            else if (c == ')') {
                if (depth == 0) break;
                depth--;
            } else if (Character.isWhitespace(c)) {
                break; // a title follows
            }
        }
        return i > start ? s.substring(start, i) : null;
    }

    private static String stripAngles(String s) {
        return s.startsWith("<") && s.endsWith(">") ? s.substring(1, s.length() - 1) : s;
    }

    /** The line with every `code span` blanked out (same length, so indices stay meaningful). */
    private static String withoutCodeSpans(String line) {
        StringBuilder sb = new StringBuilder(line);
        int i = 0;
        while (i < line.length()) {
            if (line.charAt(i) != '`') {
                i++;
                continue;
            }
            int ticks = 0;
            while (i + ticks < line.length() && line.charAt(i + ticks) == '`') ticks++;
            String delim = "`".repeat(ticks);
            int close = line.indexOf(delim, i + ticks);
            if (close < 0) break;
            for (int k = i; k < close + ticks; k++) sb.setCharAt(k, ' ');
            i = close + ticks;
        }
        return sb.toString();
    }

    /** Null when the link is fine (or not checked); else what is wrong with it, naming the link. */
    static String check(Path root, Path file, String target) {
        String t = target.trim();
        String lower = t.toLowerCase(Locale.ROOT);
        if (t.isEmpty() || t.startsWith("#")) return null;
        if (lower.startsWith("http:") || lower.startsWith("https:") || lower.startsWith("mailto:")) return null;
        if (SCHEME.matcher(t).find()) return "link '" + target + "' is neither relative nor http(s)/mailto";
        String path = t;
        int cut = indexOfAny(path, '#', '?');
        if (cut >= 0) path = path.substring(0, cut);
        if (path.isEmpty()) return null;
        try {
            path = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return "link '" + target + "' has a malformed %-escape";
        }
        Path base = path.startsWith("/") ? root : file.getParent();
        Path resolved = base.resolve(path.startsWith("/") ? path.substring(1) : path).normalize();
        if (!resolved.startsWith(root)) {
            return "link '" + target + "' leaves the repository (resolves to " + resolved + ")";
        }
        if (!Files.exists(resolved)) {
            return "link '" + target + "' points to " + root.relativize(resolved).toString().replace('\\', '/')
                    + ", which does not exist";
        }
        return null;
    }

    private static int indexOfAny(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        if (i < 0) return j;
        if (j < 0) return i;
        return Math.min(i, j);
    }
}
