package org.activationworkbench.lesson;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.activationworkbench.experiment.ExperimentRecipe;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a lesson file (YAML; docs/lessons.md) into a {@link Lesson}. Everything that can be checked without the data
 * is checked here, each option by its own declaration (the command line's messages); the first problem ends the
 * reading with a {@link LessonException} naming the file, the line and the column. Only YAML nodes are built, never
 * objects, so a file cannot make the reader run anything.
 */
public final class LessonReader {

    /** Larger files are not lessons. */
    public static final long MAX_BYTES = 1 << 20;
    public static final int MAX_STEPS = 100;

    static final List<String> TOP_KEYS = List.of("lesson", "about", "experiment", "steps");

    private LessonReader() {
    }

    /** Reads a lesson file; its name in messages is the path as given. */
    public static Lesson read(Path file) throws IOException {
        String name = file.toString();
        if (Files.isDirectory(file)) throw new LessonException(new Where(name, 0, 0), "is a folder, not a lesson file");
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            throw new LessonException(new Where(name, 0, 0), "is " + size + " bytes; a lesson file has at most "
                    + MAX_BYTES + " (is this the right file?)");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new LessonException(new Where(name, 0, 0), "is not UTF-8 text (is this the right file?)");
        }
        return read(text, name);
    }

    /** Reads a lesson from its text; {@code source} names it in messages. */
    public static Lesson read(String text, String source) {
        Node root = compose(text, source);
        YamlMap top = new YamlMap(source, root, "the lesson");
        top.allowOnly(TOP_KEYS);
        String title = top.text("lesson");
        String about = top.has("about") ? top.text("about") : "";
        if (!top.has("experiment")) throw new LessonException(top.where(), "the lesson needs 'experiment:' (a dataset and options)");
        Map<String, Where> places = new LinkedHashMap<>();
        YamlMap exp = top.map("experiment", "experiment");
        places.put("experiment", top.whereKey("experiment"));
        ExperimentRecipe recipe = Options.experiment(exp, places, "experiment.");
        if (!top.has("steps")) throw new LessonException(top.where(), "the lesson needs 'steps:' (a list of steps)");
        Node stepsNode = top.value("steps");
        if (!(stepsNode instanceof SequenceNode seq) || seq.getValue().isEmpty()) {
            throw new LessonException(top.whereValue("steps"), "steps: must be a list of steps, each starting with '- title:'");
        }
        if (seq.getValue().size() > MAX_STEPS) {
            throw new LessonException(top.whereValue("steps"), "a lesson has at most " + MAX_STEPS + " steps, this one "
                    + seq.getValue().size());
        }
        List<LessonStep> steps = new ArrayList<>();
        for (Node n : seq.getValue()) steps.add(StepReader.read(new YamlMap(source, n, "step " + (steps.size() + 1)),
                steps.size() + 1, recipe));
        return new Lesson(title, about, recipe, steps, source, places);
    }

    private static Node compose(String text, String source) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(20);
        options.setAllowDuplicateKeys(false);
        options.setCodePointLimit((int) MAX_BYTES);
        try {
            Node root = new Yaml(options).compose(new StringReader(text));
            if (root == null) throw new LessonException(new Where(source, 1, 1), "the file is empty");
            return root;
        } catch (MarkedYAMLException e) {
            Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            Where w = m == null ? new Where(source, 0, 0) : new Where(source, m.getLine() + 1, m.getColumn() + 1);
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            throw new LessonException(w, "not valid YAML: " + problem.replace('\n', ' ')
                    + (e.getContext() != null ? " (" + e.getContext().replace('\n', ' ') + ")" : ""));
        } catch (YAMLException e) {
            throw new LessonException(new Where(source, 0, 0), "not valid YAML: " + String.valueOf(e.getMessage()).replace('\n', ' '));
        }
    }
}
