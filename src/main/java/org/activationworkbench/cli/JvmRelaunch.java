package org.activationworkbench.cli;

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
        return pb.start().waitFor();
    }
}
