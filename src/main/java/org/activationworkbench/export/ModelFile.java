package org.activationworkbench.export;

import org.activationworkbench.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;
import org.activationworkbench.experiment.Json;
import org.activationworkbench.experiment.ModelCheck;
import org.activationworkbench.io.FileKinds;
import org.activationworkbench.experiment.SavedModel;

/** model.json: a {@link SavedModel} as indented JSON (floats written so they read back bit-identical). */
public final class ModelFile {

    private ModelFile() {
    }

    public static String json(SavedModel m) throws IOException {
        return Json.pretty().writeValueAsString(m) + "\n";
    }

    public static void write(SavedModel m, Path file) throws IOException {
        AtomicFiles.writeString(file, json(m));
    }

    /**
     * Reads and checks a model file: a newer format, or a model whose layers do not fit together or hold values
     * that are not finite ({@link ModelCheck}), is refused with the file and what is wrong.
     */
    /** A value the schema refused says so in its own words; Jackson's wording is kept for broken JSON only. */
    private static String reason(com.fasterxml.jackson.core.JacksonException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IllegalArgumentException && t.getMessage() != null) return t.getMessage();
        }
        return e.getOriginalMessage();
    }

    public static SavedModel read(Path file) throws IOException {
        SavedModel m;
        try {
            m = Json.mapper().readValue(file.toFile(), SavedModel.class);
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new IOException(file + " is not a valid model file: " + reason(e) + "; run train again", e);
        } catch (IOException e) {
            throw new IOException(FileKinds.message(file, e), e);
        }
        if (m == null || m.config() == null || m.dense() == null || m.dense().isEmpty()) {
            throw new IOException(file + " is not a model file (no config or layers)");
        }
        if (m.format() > SavedModel.FORMAT) {
            throw new IOException(file + " was written by a newer Activation Workbench (model format " + m.format()
                    + "); use a newer version");
        }
        try {
            ModelCheck.check(m);
        } catch (IllegalArgumentException e) {
            throw new IOException(file + " is inconsistent: " + e.getMessage() + "; run train again", e);
        }
        return m;
    }
}
