package org.activationworkbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class LauncherTest {

    /** What a desktop passes when the user opens a workbench file opens the window; commands stay commands. */
    @Test
    void aWorkbenchFileOpensTheWindow() {
        assertEquals("run.awb", Launcher.workbenchFile("run.awb"));
        assertEquals("/home/ada/My Runs/RUN.AWB", Launcher.workbenchFile("/home/ada/My Runs/RUN.AWB"));
        assertEquals(java.nio.file.Path.of("/tmp/a b.awb").toString(), Launcher.workbenchFile("file:///tmp/a%20b.awb"));
        assertNull(Launcher.workbenchFile("train"));
        assertNull(Launcher.workbenchFile("--help"));
        assertNull(Launcher.workbenchFile("export"));
    }
}
