package org.activationworkbench.cli;

import static org.activationworkbench.cli.CliTest.assertUserError;
import static org.activationworkbench.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Class 8 of the hostile-input issue: a file that cannot be used is named with the reason (a loop of links, a
 * folder or file without permission, a device) instead of "unknown dataset" or "there is no such file", and a
 * damaged table of a run folder is named with its line.
 *
 * <p>Permissions do not bind root, so the permission cases run the command as a separate process: as root under
 * {@code setpriv} without CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH (root then obeys file modes like anyone), as
 * another user directly. They are skipped only when running as root on a system without setpriv.
 */
class FileErrorsTest {

    @TempDir
    Path dir;

    @Test
    void aLoopOfLinksIsCalledOne() throws IOException {
        Path a = dir.resolve("a.csv");
        Files.createSymbolicLink(a, dir.resolve("b.csv"));
        Files.createSymbolicLink(dir.resolve("b.csv"), a);
        assertUserError(run("train", "--dataset", a.toString(), "--family", "relu", "--out", out()),
                a + ": cannot read the dataset (it is a loop of symbolic links)");
        assertUserError(run("export", "--run", a.toString(), "--what", "loss", "--out", dir.resolve("l.png").toString()),
                "cannot open " + a + ": it is a loop of symbolic links");
    }

    @Test
    void aDeviceIsNotTakenForAMissingFile() {
        assertUserError(run("export", "--run", "/dev/zero", "--what", "loss", "--out", dir.resolve("l.png").toString()),
                "cannot open /dev/zero: it is a character device, not a workbench file; give a .awb file");
        assertUserError(run("train", "--dataset", "/dev/zero", "--family", "relu", "--out", out()),
                "/dev/zero is a character device, not a CSV file or a folder of IDX files");
    }

    @Test
    void aMissingPathIsNamedWithTheFolderThatIsMissing() {
        Path csv = dir.resolve("nowhere").resolve("data.csv");
        assertUserError(run("train", "--dataset", csv.toString(), "--family", "relu", "--out", out()),
                csv + ": the folder " + dir.resolve("nowhere") + " does not exist");
    }

    @Test
    void unreadableFilesAndFoldersSayPermissionDenied() throws Exception {
        Optional<List<String>> bound = CliProcess.boundByFilePermissions();
        assumeTrue(bound.isPresent(), "running as root without setpriv: permissions cannot be made to apply");
        Path csv = Files.writeString(dir.resolve("data.csv"), "x,y\n1,a\n2,b\n3,a\n4,b\n5,a\n6,b\n7,a\n8,b\n9,a\n10,b\n");
        Path locked = Files.createDirectory(dir.resolve("locked"));
        Path inside = Files.copy(csv, locked.resolve("inside.csv"));
        Path awb = dir.resolve("s.awb");
        Files.writeString(awb, "not read anyway");
        try {
            Files.setPosixFilePermissions(csv, PosixFilePermissions.fromString("---------"));
            Files.setPosixFilePermissions(awb, PosixFilePermissions.fromString("---------"));
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
            assertUserError(CliProcess.run(bound.get(), List.of(), "train", "--dataset", csv.toString(), "--family",
                    "relu", "--out", out()), "data.csv: cannot read the file (permission denied)");
            assertUserError(CliProcess.run(bound.get(), List.of(), "train", "--dataset", inside.toString(), "--family",
                    "relu", "--out", out()), inside + ": cannot read the dataset (permission denied on the folder " + locked + ")");
            assertUserError(CliProcess.run(bound.get(), List.of(), "export", "--run", awb.toString(), "--what", "loss",
                    "--out", dir.resolve("l.png").toString()), "cannot open " + awb + ": permission denied");
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
            Files.setPosixFilePermissions(csv, PosixFilePermissions.fromString("rw-------"));
            Files.setPosixFilePermissions(awb, PosixFilePermissions.fromString("rw-------"));
        }
    }

    @Test
    void aMetricsTableCutMidLineIsNamedWithItsLine() throws IOException {
        Path run = dir.resolve("run");
        assertEquals(0, run("train", "--dataset", "xor", "--family", "relu", "--hidden", "4", "--epochs", "3",
                "--out", run.toString()).code());
        Path metrics = run.resolve("metrics.csv");
        List<String> lines = Files.readAllLines(metrics);
        String cut = String.join("\n", lines.subList(0, 26)) + "\n" + lines.get(26).substring(0, 9);
        Files.writeString(metrics, cut);
        // run.json lists the file as it was written: the folder no longer holds that run
        assertUserError(run("export", "--run", run.toString(), "--what", "loss", "--out", dir.resolve("l.png").toString()),
                run + " mixes two runs: metrics.csv is not the one run.json lists (changed, copied in or cut short since)");
        // a folder of an older version has no such list: the reader itself names the line
        ObjectMapper json = new ObjectMapper();
        ObjectNode runJson = (ObjectNode) json.readTree(run.resolve("run.json").toFile());
        runJson.remove("files");
        json.writeValue(run.resolve("run.json").toFile(), runJson);
        assertUserError(run("export", "--run", run.toString(), "--what", "loss", "--out", dir.resolve("l.png").toString()),
                metrics + " line 27: expected 7 fields, found 3; the file is cut short or damaged, run train again");
    }

    private String out() {
        return dir.resolve("out").toString();
    }
}
