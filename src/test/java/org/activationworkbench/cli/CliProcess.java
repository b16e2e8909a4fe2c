package org.activationworkbench.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The command line as a separate process, for what cannot happen inside the test's JVM: being killed with
 * SIGKILL, a small heap, or running as root without the capabilities that let root read any file.
 */
final class CliProcess {

    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    private CliProcess() {
    }

    /** java [jvmOptions] -cp (this test's classpath) WorkbenchCli args, preceded by {@code prefix} (e.g. setpriv). */
    static ProcessBuilder builder(List<String> prefix, List<String> jvmOptions, List<String> args) {
        List<String> cmd = new ArrayList<>(prefix);
        cmd.add(JAVA);
        cmd.addAll(jvmOptions);
        cmd.add("-Djava.awt.headless=true");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(WorkbenchCli.class.getName());
        cmd.addAll(args);
        return new ProcessBuilder(cmd);
    }

    /** Runs to the end (at most two minutes) and returns exit status, stdout and stderr. */
    static CliTest.Result run(List<String> prefix, List<String> jvmOptions, String... args)
            throws IOException, InterruptedException {
        Path out = Files.createTempFile("cli-out", ".txt");
        Path err = Files.createTempFile("cli-err", ".txt");
        try {
            Process p = builder(prefix, jvmOptions, List.of(args)).redirectOutput(out.toFile())
                    .redirectError(err.toFile()).start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("the command did not end within two minutes");
            }
            return new CliTest.Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    static boolean root() {
        try {
            Process p = new ProcessBuilder("id", "-u").start();
            String uid = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return p.waitFor(10, TimeUnit.SECONDS) && uid.equals("0");
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /**
     * How to run a command that file permissions apply to: as root, under setpriv without the two capabilities
     * that let root read and search anything (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH); as anyone else, as it is.
     * Empty when running as root without setpriv (then such a test cannot run).
     */
    static Optional<List<String>> boundByFilePermissions() {
        if (!root()) return Optional.of(List.of());
        Path setpriv = Path.of("/usr/bin/setpriv");
        if (!Files.isExecutable(setpriv)) return Optional.empty();
        return Optional.of(List.of(setpriv.toString(), "--bounding-set=-dac_override,-dac_read_search"));
    }
}
