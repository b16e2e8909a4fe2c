package org.activationworkbench.lesson;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * One mapping of a lesson file with the place of every key and value: reads texts, lists and words, and says what is
 * wrong (an unknown key with the nearest valid one, a missing key, a list where a word belongs) at the line and column.
 */
final class YamlMap {

    private final String file;
    private final String context;
    private final Node node;
    private final Map<String, Node> values = new LinkedHashMap<>();
    private final Map<String, Node> keys = new LinkedHashMap<>();

    /** {@code context} names the mapping in messages ("the lesson", "experiment", "step 2"). */
    YamlMap(String file, Node node, String context) {
        this.file = file;
        this.context = context;
        this.node = node;
        if (!(node instanceof MappingNode m)) {
            throw new LessonException(where(node), context + " must be a list of keys and values (key: value)");
        }
        for (NodeTuple t : m.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode k)) {
                throw new LessonException(where(t.getKeyNode()), "a key in " + context + " must be a word");
            }
            if (values.containsKey(k.getValue())) {
                throw new LessonException(where(k), context + " has '" + k.getValue() + "' twice (the first is on line "
                        + where(keys.get(k.getValue())).line() + ")");
            }
            values.put(k.getValue(), t.getValueNode());
            keys.put(k.getValue(), k);
        }
    }

    /** Fails on the first key that is not one of {@code allowed}, naming the nearest allowed one. */
    void allowOnly(List<String> allowed) {
        for (Map.Entry<String, Node> e : keys.entrySet()) {
            if (!allowed.contains(e.getKey())) {
                throw new LessonException(where(e.getValue()), "unknown key '" + e.getKey() + "' in " + context
                        + Names.didYouMean(e.getKey(), allowed) + "; the keys are " + String.join(", ", allowed));
            }
        }
    }

    List<String> keys() {
        return new ArrayList<>(keys.keySet());
    }

    boolean has(String key) {
        return values.containsKey(key);
    }

    Node value(String key) {
        return values.get(key);
    }

    /** Where the key is written (or the mapping, when absent). */
    Where whereKey(String key) {
        return keys.containsKey(key) ? where(keys.get(key)) : where(node);
    }

    /** Where the key's value is written (or the mapping, when absent). */
    Where whereValue(String key) {
        return values.containsKey(key) ? where(values.get(key)) : where(node);
    }

    /** Where the value's text starts: past an opening quote. */
    Where whereText(String key) {
        Node v = values.get(key);
        if (v instanceof ScalarNode s && s.getScalarStyle() != null
                && (s.getScalarStyle().getChar() != null && (s.getScalarStyle().getChar() == '"' || s.getScalarStyle().getChar() == '\''))) {
            return where(v).plus(1);
        }
        return whereValue(key);
    }

    Where where() {
        return where(node);
    }

    /** A required text. */
    String text(String key) {
        if (!has(key)) throw new LessonException(where(node), context + " needs '" + key + ":'");
        return textOf(key);
    }

    /** A text, or null when absent. */
    String optionalText(String key) {
        return has(key) ? textOf(key) : null;
    }

    private String textOf(String key) {
        Node v = values.get(key);
        if (!(v instanceof ScalarNode s)) {
            throw new LessonException(where(v), key + " in " + context + " must be a single value, not a list or a map");
        }
        String t = s.getValue().strip();
        if (t.isEmpty()) throw new LessonException(where(v), key + " in " + context + " is empty");
        return t;
    }

    /** A list of words: "[a, b]", a block list, or "a, b" on one line. */
    List<String> words(String key) {
        Node v = values.get(key);
        List<String> out = new ArrayList<>();
        if (v instanceof SequenceNode seq) {
            for (Node item : seq.getValue()) {
                if (!(item instanceof ScalarNode s)) {
                    throw new LessonException(where(item), key + " in " + context + " must be a list of words");
                }
                out.add(s.getValue().trim());
            }
        } else if (v instanceof ScalarNode s) {
            for (String w : s.getValue().split(",")) if (!w.isBlank()) out.add(w.trim());
        } else {
            throw new LessonException(where(v), key + " in " + context + " must be a list of words");
        }
        return out;
    }

    /**
     * An option's value as the command line would spell it: a single value as written, a list joined with commas
     * ([16, 16] → "16,16"), so the option's own parser reads and checks it.
     */
    String optionText(String key) {
        Node v = values.get(key);
        if (v instanceof SequenceNode seq) {
            List<String> parts = new ArrayList<>();
            for (Node item : seq.getValue()) {
                if (!(item instanceof ScalarNode s)) {
                    throw new LessonException(where(item), key + " in " + context + " must be a value or a list of values");
                }
                parts.add(s.getValue().trim());
            }
            return String.join(",", parts);
        }
        if (v instanceof ScalarNode s) return s.getValue().trim();
        throw new LessonException(where(v), key + " in " + context + " must be a value or a list of values, not a map");
    }

    /** The mapping under a key. */
    YamlMap map(String key, String childContext) {
        return new YamlMap(file, values.get(key), childContext);
    }

    Where where(Node n) {
        return new Where(file, n.getStartMark().getLine() + 1, n.getStartMark().getColumn() + 1);
    }

    String file() {
        return file;
    }

    String context() {
        return context;
    }
}
