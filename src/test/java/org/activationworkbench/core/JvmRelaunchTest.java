package org.activationworkbench.core;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class JvmRelaunchTest {

    /** The parent: relaunches {@link SleepingChild} the way the Launcher relaunches the app. */
    public static final class RelaunchingParent {
        public static void main(String[] args) throws Exception {
            System.exit(JvmRelaunch.run(List.of(), Map.of(), SleepingChild.class.getName(), List.of()));
        }
    }

    /** The relaunched program: says its pid, then would run for a minute. */
    public static final class SleepingChild {
        public static void main(String[] args) throws Exception {
            System.out.println("child " + ProcessHandle.current().pid());
            System.out.flush();
            Thread.sleep(60_000);
        }
    }

    @Test
    void killingTheParentStopsTheRelaunchedChild() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process parent = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                RelaunchingParent.class.getName()).redirectErrorStream(true).start();
        long childPid = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(parent.getInputStream(), StandardCharsets.UTF_8))) {
            String line = out.readLine();
            assertTrue(line != null && line.startsWith("child "), "the child reports its pid, got: " + line);
            childPid = Long.parseLong(line.substring(6).trim());
            Optional<ProcessHandle> child = ProcessHandle.of(childPid);
            assertTrue(child.isPresent() && child.get().isAlive(), "the child runs");

            parent.destroy(); // SIGTERM, as a task manager or `kill` sends
            assertTrue(parent.waitFor(20, TimeUnit.SECONDS), "the parent exits");
            ProcessHandle handle = child.get();
            handle.onExit().get(20, TimeUnit.SECONDS);
            assertFalse(handle.isAlive(), "the relaunched child went with its parent");
        } finally {
            parent.destroyForcibly();
            if (childPid > 0) ProcessHandle.of(childPid).ifPresent(ProcessHandle::destroyForcibly);
        }
    }
}
