package org.activationworkbench.core;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Starts this program again in a fresh JVM with extra JVM options or environment, and waits for it.
 * Used where a setting can only be made at JVM start: OpenBLAS's thread count, the Vector API module.
 */
public final class JvmRelaunch {

    private JvmRelaunch() {
    }

    /** Runs mainClass with the same class path and JVM options plus the given ones; returns its exit status. */
    public static int run(List<String> extraJvmOptions, Map<String, String> env, String mainClass, List<String> args)
            throws java.io.IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(javaExecutable());
        cmd.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        cmd.addAll(extraJvmOptions);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(mainClass);
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd).inheritIO();
        pb.environment().putAll(env);
        Process child = pb.start();
        // A parent ended by a signal (a task manager, `kill`) takes the real program with it, not leaving it orphaned.
        Thread stopChild = new Thread(() -> stop(child), "stop relaunched JVM");
        Runtime.getRuntime().addShutdownHook(stopChild);
        int status = child.waitFor();
        try {
            Runtime.getRuntime().removeShutdownHook(stopChild);
        } catch (IllegalStateException shuttingDown) {
            // the JVM is already exiting; the hook finds the child gone
        }
        return status;
    }

    /**
     * The java of the running runtime. Not this process's own command: in an installed app image that is the
     * app's native launcher, which would take the JVM options for program arguments.
     */
    static String javaExecutable() {
        boolean windows = System.getProperty("os.name", "").startsWith("Windows");
        Path java = Path.of(System.getProperty("java.home"), "bin", windows ? "java.exe" : "java");
        if (Files.isExecutable(java)) return java.toString();
        return ProcessHandle.current().info().command().orElse(java.toString());
    }

    /** Asks the child to exit (its own shutdown hooks run), and forces it after a grace period. */
    private static void stop(Process child) {
        if (!child.isAlive()) return;
        child.destroy();
        try {
            if (!child.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) child.destroyForcibly();
        } catch (InterruptedException e) {
            child.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
