package org.activationworkbench.app;

import org.activationworkbench.cli.WorkbenchCli;

/**
 * The plain main: no arguments opens the workbench window; a command runs headless without ever
 * initialising JavaFX. (A plain class, not an Application, so the shaded jar starts on the classpath.)
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            org.activationworkbench.ui.WorkbenchApp.launchWindow(args);
            return;
        }
        System.setProperty("java.awt.headless", "true");
        System.exit(WorkbenchCli.execute(args));
    }
}
