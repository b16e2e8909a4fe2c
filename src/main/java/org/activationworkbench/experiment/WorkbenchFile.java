package org.activationworkbench.experiment;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.activationworkbench.io.AtomicFiles;

/**
 * Workbench files (.awb): a zip of JSON entries with a format version. Saving is atomic (temporary file, then
 * rename), so a crash mid-save leaves the previous file as it was. Opening reads and checks every entry before
 * returning anything: a truncated, corrupt or newer file gives one {@link WorkbenchFileException} whose message
 * names the file, what is wrong and what to do.
 *
 * <pre>
 * workbench.json   {"format": "activation-workbench", "version": 1 or 2, "app": "0.1.0"}
 * config.json      ExperimentConfig
 * history.json     {"metrics": [MetricsRow...], "snapshots": [Snapshot...], "datasetChecksum": "..."}
 * model.json       ModelState (weights, activation and norm parameters, standardisation, config)
 * training.json    TrainingState (step, epoch, cursor, optimizer buffers)
 * </pre>
 */
public final class WorkbenchFile {

    public static final String EXTENSION = ".awb";
    public static final String FORMAT = "activation-workbench";
    /** The newest version this one reads: 2 adds residual blocks and norms to model.json. */
    public static final int VERSION = 2;
    /** The version of a session with a classic MLP, which older versions still read. */
    static final int CLASSIC_VERSION = 1;

    private static final String HEADER = "workbench.json";
    private static final String CONFIG = "config.json";
    private static final String HISTORY = "history.json";
    private static final String MODEL = "model.json";
    private static final String TRAINING = "training.json";

    private record History(List<MetricsRow> metrics, List<Snapshot> snapshots, String datasetChecksum) { }

    private WorkbenchFile() {
    }

    public static void save(Path file, WorkbenchState state) throws IOException {
        save(file, state, UnaryOperator.identity());
    }

    /** As {@link #save(Path, WorkbenchState)}, the stream passed through {@code wrap} (tests inject failures). */
    static void save(Path file, WorkbenchState state, UnaryOperator<OutputStream> wrap) throws IOException {
        ObjectMapper json = Json.mapper();
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("format", FORMAT);
        // a classic network keeps version 1 so that older versions open it; one with residual blocks or norms
        // says 2, which they refuse as newer instead of rebuilding it wrongly
        header.put("version", state.model().format() > ModelState.CLASSIC_FORMAT ? VERSION : CLASSIC_VERSION);
        header.put("app", appVersion());
        AtomicFiles.write(file, raw -> {
            OutputStream out = wrap.apply(raw);
            ZipOutputStream zip = new ZipOutputStream(out);
            entry(zip, HEADER, json.writeValueAsBytes(header));
            entry(zip, CONFIG, Json.pretty().writeValueAsBytes(state.config()));
            entry(zip, HISTORY, json.writeValueAsBytes(new History(state.metrics(), state.snapshots(),
                    state.datasetChecksum())));
            entry(zip, MODEL, json.writeValueAsBytes(state.model()));
            entry(zip, TRAINING, json.writeValueAsBytes(state.training()));
            zip.finish();
            out.flush();
        });
    }

    private static String appVersion() {
        String v = WorkbenchFile.class.getPackage().getImplementationVersion();
        return v != null ? v : "dev";
    }

    private static void entry(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }

    /** Reads a whole workbench file, or throws one clear {@link WorkbenchFileException}; never half a state. */
    public static WorkbenchState open(Path file) throws WorkbenchFileException {
        if (!Files.isRegularFile(file)) {
            throw fail(file, "there is no such file", "check the path", new NoSuchFileException(file.toString()));
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            JsonNode header = Json.mapper().readTree(read(file, zip, HEADER));
            if (!FORMAT.equals(header.path("format").asText())) {
                throw fail(file, "it is not an Activation Workbench file", "open a .awb file saved by the workbench", null);
            }
            int version = header.path("version").asInt(-1);
            if (version > VERSION) {
                throw fail(file, "it was saved by a newer Activation Workbench (file format " + version
                        + ", this version reads up to " + VERSION + ")", "open it with a newer version of the workbench", null);
            }
            if (version < 1) throw fail(file, "its format version is missing", "open a .awb file saved by the workbench", null);
            ObjectMapper json = Json.mapper();
            ExperimentConfig config = json.readValue(read(file, zip, CONFIG), ExperimentConfig.class);
            History history = json.readValue(read(file, zip, HISTORY), History.class);
            ModelState model = json.readValue(read(file, zip, MODEL), ModelState.class);
            TrainingState training = json.readValue(read(file, zip, TRAINING), TrainingState.class);
            if (config == null || history == null || model == null || training == null
                    || history.metrics() == null || history.snapshots() == null || history.snapshots().isEmpty()) {
                throw fail(file, "part of its content is empty", "open an earlier copy or the autosave", null);
            }
            return new WorkbenchState(config, history.datasetChecksum(), history.metrics(), history.snapshots(),
                    model, training);
        } catch (WorkbenchFileException e) {
            throw e;
        } catch (ZipException e) {
            throw fail(file, "it is truncated or corrupt (not a complete zip archive)",
                    "open an earlier copy or the autosave", e);
        } catch (JacksonException e) {
            throw fail(file, "its content is corrupt (" + e.getOriginalMessage() + ")",
                    "open an earlier copy or the autosave", e);
        } catch (IOException | RuntimeException e) {
            throw fail(file, "it cannot be read (" + e.getMessage() + ")", "check the file and try again", e);
        }
    }

    /** One entry's bytes, checked against the CRC the zip stored for it. */
    private static byte[] read(Path file, ZipFile zip, String name) throws IOException {
        ZipEntry e = zip.getEntry(name);
        if (e == null) {
            throw fail(file, "it lacks its " + name + " part (truncated, or not a workbench file)",
                    "open an earlier copy or the autosave", null);
        }
        byte[] bytes;
        try (InputStream in = zip.getInputStream(e)) {
            bytes = in.readAllBytes();
        }
        CRC32 crc = new CRC32();
        crc.update(bytes);
        if (e.getCrc() != -1 && crc.getValue() != e.getCrc()) {
            throw fail(file, "its " + name + " part is corrupt (checksum mismatch)", "open an earlier copy or the autosave", null);
        }
        return bytes;
    }

    private static WorkbenchFileException fail(Path file, String what, String todo, Throwable cause) {
        return new WorkbenchFileException("cannot open " + file + ": " + what + "; " + todo, cause);
    }

}
