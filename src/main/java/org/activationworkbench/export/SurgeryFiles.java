package org.activationworkbench.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.activationworkbench.experiment.Json;
import org.activationworkbench.experiment.SavedModel;
import org.activationworkbench.experiment.WorkbenchFile;
import org.activationworkbench.experiment.SavedSession;
import org.activationworkbench.io.AtomicFiles;
import org.activationworkbench.io.FileKinds;
import org.activationworkbench.io.OutputTarget;
import org.activationworkbench.io.StagedFolder;

/**
 * Writes a run after activation surgery as a new run, never over the one it came from: a `train` folder becomes a
 * new folder (its files copied, model.json the operated model, surgery.txt the report, run.json listing the files
 * last, as one staged change), a .awb file a new .awb (history and optimizer state kept, so training can go on).
 */
public final class SurgeryFiles {

    /** The report written next to the model in a folder. */
    public static final String REPORT = "surgery.txt";

    private SurgeryFiles() {
    }

    /**
     * Checks before any work that {@code out} can take the result of operating on {@code run}: the same kind (folder
     * or .awb), not the input itself, and for a folder one that does not exist yet or is empty.
     *
     * @throws IllegalArgumentException naming --out and what to do
     */
    public static void checkTarget(Path run, Path out) throws IOException {
        boolean folder = Files.isDirectory(run);
        boolean awb = out.getFileName() != null && out.getFileName().toString().endsWith(WorkbenchFile.EXTENSION);
        if (folder == awb) {
            throw new IllegalArgumentException("--out " + out + ": the run is " + (folder ? "a folder, so the result is a "
                    + "new folder (give a name without " + WorkbenchFile.EXTENSION + ")" : "a workbench file, so the result is a new "
                    + WorkbenchFile.EXTENSION + " file"));
        }
        if (!folder) {
            OutputTarget.of(out).checkWritable("--out").refuseInputs("--out", List.of(run), "--run");
            return;
        }
        if (Files.exists(out)) {
            if (Files.isSameFile(out, run)) {
                throw new IllegalArgumentException("--out " + out + " is the run --run reads; choose a new folder");
            }
            if (!Files.isDirectory(out) || !isEmpty(out)) {
                throw new IllegalArgumentException("--out " + out + " exists and is not an empty folder; surgery writes a "
                        + "new run, so choose a new folder name");
            }
        }
        OutputTarget.checkFolderWritable("--out", out);
    }

    /** Writes the operated {@code model} of {@code run} to {@code out} (checked with {@link #checkTarget} first). */
    public static void write(Path run, SavedModel model, String report, Path out) throws IOException {
        if (!Files.isDirectory(run)) {
            SavedSession s = WorkbenchFile.open(run);
            WorkbenchFile.save(out, new SavedSession(s.config(), s.datasetChecksum(), s.metrics(), s.snapshots(), model,
                    s.training()));
            return;
        }
        try (StagedFolder staged = StagedFolder.begin(out, RunManifest.RUN_JSON)) {
            Path s = staged.dir();
            try (Stream<Path> files = Files.list(run)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    String name = f.getFileName().toString();
                    if (name.equals(RunManifest.RUN_JSON) || name.equals(RunFiles.MODEL_JSON) || name.equals(REPORT)) continue;
                    Files.copy(f, s.resolve(name));
                }
            }
            ModelFile.write(model, s.resolve(RunFiles.MODEL_JSON));
            AtomicFiles.writeString(s.resolve(REPORT), report);
            ObjectNode runJson = readRunJson(run);
            runJson.put("surgery", "activations replaced by closed forms from " + run.toAbsolutePath() + "; see " + REPORT);
            runJson.set("files", Json.mapper().valueToTree(RunManifest.of(s)));
            AtomicFiles.writeString(s.resolve(RunManifest.RUN_JSON), Json.pretty().writeValueAsString(runJson) + "\n");
            staged.commit();
        }
    }

    private static ObjectNode readRunJson(Path run) throws IOException {
        Path p = run.resolve(RunManifest.RUN_JSON);
        try {
            JsonNode n = Json.mapper().readTree(p.toFile());
            return n instanceof ObjectNode o ? o : Json.mapper().createObjectNode();
        } catch (IOException e) {
            throw new IOException(FileKinds.message(p, e), e);
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }
}
