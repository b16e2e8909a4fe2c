package org.activationworkbench.cli;

import static org.activationworkbench.cli.CliTest.assertUserError;
import static org.activationworkbench.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.activationworkbench.data.IdxImageSet;
import org.activationworkbench.experiment.EpochRunner;
import org.activationworkbench.experiment.Experiment;
import org.activationworkbench.experiment.TestRuns;
import org.activationworkbench.experiment.WorkbenchFile;
import org.activationworkbench.experiment.SavedSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Class 6 of the hostile-input issue: a model whose layers do not fit together, or hold too few, too many or
 * non-finite values, is refused when it is read (a `train` folder's model.json or a .awb's), naming the file and
 * what is wrong; and IDX test images of another shape than the training images are refused.
 */
class InconsistentModelTest {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @TempDir
    Path dir;

    private Path folder;

    @BeforeEach
    void train() {
        folder = dir.resolve("run");
        CliTest.Result r = run("train", "--dataset", "xor", "--family", "dyn", "--hidden", "4", "--epochs", "1",
                "--out", folder.toString());
        assertEquals(0, r.code(), r.err());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "layers of 4000 units   | dense layer 0 weights: 2 × 4000 = 8,000 values declared but 8 held",
        "-7 units               | dense layer 0 declares 2 × -7 weights; layer sizes must be at least 1",
        "too few weights        | dense layer 1 weights: 4 × 2 = 8 values declared but 7 held",
        "extra weights          | dense layer 1 weights: 4 × 2 = 8 values declared but 9 held",
        "a NaN weight           | dense layer 0 weights: value 3 is NaN",
        "an infinite parameter  | activation layer 0 parameters: value 1 is Infinity",
        "a parameter missing    | activation layer 0 holds 1 parameters but dyn with 1 vector(s) of 2 needs 2"})
    void aModelThatIsNotOneNetworkIsRefusedWhenRead(String damage, String message) throws IOException {
        rewriteModel(m -> damage(m, damage));
        CliTest.Result r = run("export", "--run", folder.toString(), "--what", "pytorch", "--out",
                dir.resolve("net.py").toString());
        assertUserError(r, folder.resolve("model.json") + " is inconsistent: " + message + "; run train again");
        assertFalse(Files.exists(dir.resolve("net.py")));
    }

    @Test
    void aWorkbenchFileWithAnInconsistentModelIsRefused() throws IOException {
        Path good = dir.resolve("good.awb");
        EpochRunner runner = new EpochRunner(new Experiment(TestRuns.config("xor", "dyn", null, 1, "adam", 0)));
        runner.runEpoch();
        WorkbenchFile.save(good, SavedSession.capture(runner));
        Path bad = dir.resolve("bad.awb");
        try (ZipFile in = new ZipFile(good.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bad))) {
            for (ZipEntry e : in.stream().toList()) {
                out.putNextEntry(new ZipEntry(e.getName()));
                byte[] bytes = in.getInputStream(e).readAllBytes();
                if (e.getName().equals("model.json")) {
                    ObjectNode m = (ObjectNode) JSON.readTree(bytes);
                    damage(m, "-7 units");
                    bytes = JSON.writeValueAsBytes(m);
                }
                out.write(bytes);
                out.closeEntry();
            }
        }
        CliTest.Result refused = run("export", "--run", bad.toString(), "--what", "loss", "--out", dir.resolve("l.png").toString());
        assertUserError(refused, "cannot open " + bad + ": its model is inconsistent (dense layer 0 declares 2 × -7 weights");
    }

    @Test
    void testImagesOfAnotherShapeThanTheTrainingImagesAreRefused() throws IOException {
        Path idx = Files.createDirectories(dir.resolve("idx"));
        OversizedInputTest.writeIdx(idx.resolve(IdxImageSet.TRAIN_IMAGES), new int[] {2, 28, 28}, new byte[2 * 784], false);
        OversizedInputTest.writeIdx(idx.resolve(IdxImageSet.TRAIN_LABELS), new int[] {2}, new byte[] {0, 1}, false);
        OversizedInputTest.writeIdx(idx.resolve(IdxImageSet.TEST_IMAGES), new int[] {2, 14, 56}, new byte[2 * 784], false);
        OversizedInputTest.writeIdx(idx.resolve(IdxImageSet.TEST_LABELS), new int[] {2}, new byte[] {1, 0}, false);
        CliTest.Result r = run("train", "--dataset", idx.toString(), "--family", "relu", "--out", dir.resolve("o").toString());
        assertUserError(r, "t10k-images-idx3-ubyte holds 14×56 images but train-images-idx3-ubyte holds 28×28; both "
                + "splits need the same image shape");
    }

    private static void damage(ObjectNode m, String how) {
        ObjectNode d0 = (ObjectNode) m.get("dense").get(0);
        ObjectNode d1 = (ObjectNode) m.get("dense").get(1);
        ArrayNode acts = (ArrayNode) m.get("activations").get(0).get("params");
        switch (how.trim()) {
            case "layers of 4000 units" -> {
                d0.put("out", 4000);
                d1.put("in", 4000);
                ((ArrayNode) m.get("config").get("hidden")).set(0, 4000);
                ((ObjectNode) m.get("activations").get(0)).put("units", 4000);
            }
            case "-7 units" -> d0.put("out", -7);
            case "too few weights" -> ((ArrayNode) d1.get("weights")).remove(7);
            case "extra weights" -> ((ArrayNode) d1.get("weights")).add(0.5);
            case "a NaN weight" -> ((ArrayNode) d0.get("weights")).set(3, JSON.getNodeFactory().textNode("NaN"));
            case "an infinite parameter" -> acts.set(1, JSON.getNodeFactory().textNode("Infinity"));
            case "a parameter missing" -> acts.remove(1);
            default -> throw new IllegalArgumentException(how);
        }
    }

    /** Changes model.json and lists the new file in run.json, so that only the model check stands in the way. */
    private void rewriteModel(Consumer<ObjectNode> change) throws IOException {
        Path model = folder.resolve("model.json");
        ObjectNode m = (ObjectNode) JSON.readTree(model.toFile());
        change.accept(m);
        byte[] bytes = JSON.writeValueAsBytes(m);
        Files.write(model, bytes);
        ObjectNode run = (ObjectNode) JSON.readTree(folder.resolve("run.json").toFile());
        ObjectNode entry = (ObjectNode) run.get("files").get("model.json");
        entry.put("bytes", bytes.length);
        try {
            entry.put("sha256", HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        Files.write(folder.resolve("run.json"), JSON.writeValueAsBytes(run));
    }
}
