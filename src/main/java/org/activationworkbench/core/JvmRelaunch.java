package org.activationworkbench.core;

import java.lang.management.ManagementFactory;
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
        cmd.add(ProcessHandle.current().info().command().orElse(System.getProperty("java.home") + "/bin/java"));
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
