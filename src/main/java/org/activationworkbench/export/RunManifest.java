package org.activationworkbench.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.activationworkbench.data.Checksums;
import org.activationworkbench.experiment.Json;
import org.activationworkbench.io.FileKinds;
import org.activationworkbench.io.StagedFolder;

/**
 * The list of files of a `train` folder with their sizes and SHA-256, kept in run.json ("files"): it ties every
 * file to the run that run.json describes, so a folder that mixes two runs (files copied in, or a commit cut
 * short and finished by hand) is recognised instead of exported as if it were one run. run.json is the folder's
 * marker: it is written last and its absence means the folder is incomplete (see {@link StagedFolder}).
 */
final class RunManifest {

    static final String RUN_JSON = "run.json";

    /** One file's size and digest. */
    record Entry(long bytes, String sha256) { }

    private RunManifest() {
    }

    /** Every regular file of {@code dir} except run.json, by name. */
    static Map<String, Entry> of(Path dir) throws IOException {
        Map<String, Entry> files = new TreeMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                String name = p.getFileName().toString();
                if (!name.equals(RUN_JSON)) files.put(name, new Entry(Files.size(p), sha256(p)));
            }
        }
        return files;
    }

    /**
     * Checks that {@code dir} is one complete run before anything of it is read: finishes or discards what a
     * killed `train` left, refuses a folder that a running `train` is writing or that has no run.json, and
     * checks the files {@code reads} against run.json's list (a run.json without a list, written before the list
     * existed, is trusted as it was then).
     */
    static void check(Path dir, Collection<String> reads) throws IOException {
        try {
            StagedFolder.recover(dir, RUN_JSON);
        } catch (IOException e) {
            // a folder we may not write in can still be read; the checks below decide
        }
        var writer = StagedFolder.liveWriter(dir);
        if (writer.isPresent()) {
            throw new IOException(dir + " is being written by train right now (process " + writer.getAsLong()
                    + "); export it when that run has finished");
        }
        Path runJson = dir.resolve(RUN_JSON);
        if (!Files.isRegularFile(runJson)) {
            throw new IOException(dir + " is not a complete run folder: " + RUN_JSON + " is missing (train was "
                    + "stopped while writing, or the folder was not written by train); run train again");
        }
        JsonNode files;
        try {
            files = Json.mapper().readTree(runJson.toFile()).path("files");
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new IOException(runJson + " is damaged (" + e.getOriginalMessage() + "); run train again", e);
        }
        if (files.isMissingNode()) return;
        for (String name : reads) {
            JsonNode want = files.path(name);
            Path file = dir.resolve(name);
            if (want.isMissingNode() || !Files.isRegularFile(file)) {
                throw new IOException(dir + " is not a complete run folder: " + name + " is missing; run train again");
            }
            if (Files.size(file) != want.path("bytes").asLong(-1) || !sha256(file).equals(want.path("sha256").asText())) {
                throw new IOException(dir + " mixes two runs: " + name + " is not the one " + RUN_JSON
                        + " lists (changed, copied in or cut short since); run train again");
            }
        }
    }

    private static String sha256(Path p) throws IOException {
        MessageDigest md = Checksums.sha256();
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(p)) {
            for (int n = in.read(buf); n > 0; n = in.read(buf)) md.update(buf, 0, n);
        } catch (IOException e) {
            throw new IOException(FileKinds.message(p, e), e);
        }
        return Checksums.hex(md.digest());
    }
}
