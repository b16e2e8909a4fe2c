package org.activationworkbench.lesson;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The lessons that come with the workbench: the files of the project's {@code lessons/} folder, on the class path
 * under {@code lessons/}, in the order {@code lessons/index.txt} lists them (the order of the window's menu).
 */
public final class BundledLessons {

    static final String FOLDER = "lessons/";

    private BundledLessons() {
    }

    /** The bundled lessons' names ("learnable-activation"), in menu order. */
    public static List<String> names() {
        List<String> out = new ArrayList<>();
        for (String line : resource("index.txt").split("\n")) {
            String t = line.strip();
            if (!t.isEmpty() && !t.startsWith("#")) out.add(t);
        }
        return out;
    }

    /** The name of a bundled lesson, given exactly or as its file name ("tropical-xor", "tropical-xor.yaml"). */
    public static Optional<String> find(String nameOrFile) {
        String n = nameOrFile.endsWith(".yaml") ? nameOrFile.substring(0, nameOrFile.length() - 5) : nameOrFile;
        return names().stream().filter(x -> x.equals(n)).findFirst();
    }

    /** Reads a bundled lesson; its name in messages is "lessons/NAME.yaml". */
    public static Lesson load(String name) {
        if (!names().contains(name)) throw new IllegalArgumentException("no bundled lesson '" + name + "' (lessons: "
                + String.join(", ", names()) + ")");
        return LessonReader.read(resource(name + ".yaml"), FOLDER + name + ".yaml");
    }

    private static String resource(String file) {
        try (InputStream in = BundledLessons.class.getClassLoader().getResourceAsStream(FOLDER + file)) {
            if (in == null) throw new IllegalStateException("the bundled lesson file " + FOLDER + file + " is missing");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
