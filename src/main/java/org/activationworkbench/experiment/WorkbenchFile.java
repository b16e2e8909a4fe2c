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
import java.util.zip.CheckedInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.activationworkbench.io.AtomicFiles;
import org.activationworkbench.io.BoundedInputStream;
import org.activationworkbench.io.FileKinds;

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
 * model.json       SavedModel (weights, activation and norm parameters, standardisation, config)
 * training.json    TrainingPosition (step, epoch, cursor, optimizer buffers)
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

    public static void save(Path file, SavedSession state) throws IOException {
        save(file, state, UnaryOperator.identity());
    }

    /** As {@link #save(Path, SavedSession)}, the stream passed through {@code wrap} (tests inject failures). */
    static void save(Path file, SavedSession state, UnaryOperator<OutputStream> wrap) throws IOException {
        ObjectMapper json = Json.mapper();
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("format", FORMAT);
        // a classic network keeps version 1 so that older versions open it; one with residual blocks or norms
        // says 2, which they refuse as newer instead of rebuilding it wrongly
        header.put("version", state.model().format() > SavedModel.CLASSIC_FORMAT ? VERSION : CLASSIC_VERSION);
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

    /**
     * Most bytes an entry may unpack to: {@value #BASE_ENTRY_BYTES} plus {@value #MAX_EXPANSION} times its packed
     * size. JSON of numbers packs about 3:1 and a long run's history perhaps 20:1; a file past the limit was not
     * written by the workbench (a decompression bomb, or a history padded with gigabytes of blanks).
     */
    static final long BASE_ENTRY_BYTES = 16L << 20;
    static final long MAX_EXPANSION = 200;

    /** Reads a whole workbench file, or throws one clear {@link WorkbenchFileException}; never half a state. */
    public static SavedSession open(Path file) throws WorkbenchFileException {
        requireReadableFile(file);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            JsonNode header = read(file, zip, HEADER, JsonNode.class);
            if (!FORMAT.equals(header.path("format").asText())) {
                throw fail(file, "it is not an Activation Workbench file", "open a .awb file saved by the workbench", null);
            }
            int version = header.path("version").asInt(-1);
            if (version > VERSION) {
                throw fail(file, "it was saved by a newer Activation Workbench (file format " + version
                        + ", this version reads up to " + VERSION + ")", "open it with a newer version of the workbench", null);
            }
            if (version < 1) throw fail(file, "its format version is missing", "open a .awb file saved by the workbench", null);
            ExperimentConfig config = read(file, zip, CONFIG, ExperimentConfig.class);
            History history = read(file, zip, HISTORY, History.class);
            SavedModel model = read(file, zip, MODEL, SavedModel.class);
            TrainingPosition training = read(file, zip, TRAINING, TrainingPosition.class);
            if (config == null || history == null || model == null || training == null
                    || history.metrics() == null || history.snapshots() == null || history.snapshots().isEmpty()) {
                throw fail(file, "part of its content is empty", "open an earlier copy or the autosave", null);
            }
            checkModel(file, model);
            return new SavedSession(config, history.datasetChecksum(), history.metrics(), history.snapshots(),
                    model, training);
        } catch (WorkbenchFileException e) {
            throw e;
        } catch (ZipException e) {
            throw fail(file, "it is truncated or corrupt (not a complete zip archive)",
                    "open an earlier copy or the autosave", e);
        } catch (JacksonException e) {
            throw fail(file, "its content is corrupt (" + e.getOriginalMessage() + ")",
                    "open an earlier copy or the autosave", e);
        } catch (OutOfMemoryError e) {
            throw fail(file, "it is too large for Java's memory (" + (Runtime.getRuntime().maxMemory() >> 20) + " MB)",
                    "give Java more memory (java -Xmx8g …)", null);
        } catch (IOException | RuntimeException e) {
            throw fail(file, "it cannot be read (" + (e instanceof IOException io ? FileKinds.reason(file, io)
                    : e.getMessage()) + ")", "check the file and try again", e);
        }
    }

    /** Refuses, with the reason in words, anything but a regular file this process can read. */
    private static void requireReadableFile(Path file) throws WorkbenchFileException {
        try {
            FileKinds.Kind kind = FileKinds.of(file);
            if (kind == FileKinds.Kind.MISSING) {
                throw fail(file, FileKinds.reason(file, new NoSuchFileException(file.toString())), "check the path", null);
            }
            if (kind != FileKinds.Kind.REGULAR) {
                throw fail(file, "it is " + FileKinds.describe(kind) + ", not a workbench file",
                        "give a .awb file saved by the workbench", null);
            }
            Files.newByteChannel(file).close();
        } catch (WorkbenchFileException e) {
            throw e;
        } catch (IOException e) {
            throw fail(file, FileKinds.reason(file, e), "check the path and its permissions", e);
        }
    }

    private static void checkModel(Path file, SavedModel model) throws WorkbenchFileException {
        if (model.format() > SavedModel.FORMAT) {
            throw fail(file, "its model was saved by a newer Activation Workbench (model format " + model.format() + ")",
                    "open it with a newer version of the workbench", null);
        }
        try {
            ModelCheck.check(model);
        } catch (IllegalArgumentException e) {
            throw fail(file, "its model is inconsistent (" + e.getMessage() + ")", "open an earlier copy or the autosave", e);
        }
    }

    /**
     * One entry parsed as {@code type} while it streams out of the archive: never held whole in memory, refused
     * past {@link #BASE_ENTRY_BYTES} + {@link #MAX_EXPANSION} × its packed size, and checked against the CRC-32
     * the zip stored for it.
     */
    private static <T> T read(Path file, ZipFile zip, String name, Class<T> type) throws IOException {
        ZipEntry e = zip.getEntry(name);
        if (e == null) {
            throw fail(file, "it lacks its " + name + " part (truncated, or not a workbench file)",
                    "open an earlier copy or the autosave", null);
        }
        long packed = e.getCompressedSize() >= 0 ? e.getCompressedSize() : Files.size(file);
        long limit = BASE_ENTRY_BYTES + MAX_EXPANSION * packed;
        if (e.getSize() > limit) throw tooLarge(file, name, String.format(java.util.Locale.ROOT, "%,d", e.getSize()), packed);
        CRC32 crc = new CRC32();
        T value;
        try (InputStream raw = zip.getInputStream(e)) {
            BoundedInputStream bounded = new BoundedInputStream(raw, limit);
            CheckedInputStream in = new CheckedInputStream(bounded, crc);
            value = Json.mapper().readValue(new NonClosing(in), type);
            in.transferTo(OutputStream.nullOutputStream());   // the rest counts for the CRC (and the limit)
        } catch (BoundedInputStream.LimitExceededException x) {
            throw tooLarge(file, name, String.format(java.util.Locale.ROOT, "more than %,d", limit), packed);
        }
        if (e.getCrc() != -1 && crc.getValue() != e.getCrc()) {
            throw fail(file, "its " + name + " part is corrupt (checksum mismatch)", "open an earlier copy or the autosave", null);
        }
        return value;
    }

    /** "its history.json part unpacks to 1,610,612,736 bytes from 1,563,912 packed, …" */
    private static WorkbenchFileException tooLarge(Path file, String name, String unpacked, long packed) {
        return fail(file, String.format(java.util.Locale.ROOT, "its %s part unpacks to %s bytes from %,d packed, far "
                + "more than a workbench file holds (a damaged or hostile file)", name, unpacked, packed),
                "open an earlier copy or the autosave", null);
    }

    /** Jackson closes what it parses; the entry's stream must stay open for the CRC check. */
    private static final class NonClosing extends java.io.FilterInputStream {
        NonClosing(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // closed by the caller
        }
    }

    private static WorkbenchFileException fail(Path file, String what, String todo, Throwable cause) {
        return new WorkbenchFileException("cannot open " + file + ": " + what + "; " + todo, cause);
    }

}
