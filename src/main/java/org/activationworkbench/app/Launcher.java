package org.activationworkbench.app;

import java.lang.module.ModuleFinder;
import java.util.List;
import java.util.Map;
import org.activationworkbench.cli.JvmRelaunch;
import org.activationworkbench.cli.WorkbenchCli;
import org.activationworkbench.nn.Blas;

/**
 * The plain main: no arguments opens the workbench window; a command runs headless without ever
 * initialising JavaFX. (A plain class, not an Application, so the shaded jar starts on the classpath.)
 */
public final class Launcher {

    private static final String VECTOR_MODULE = "jdk.incubator.vector";

    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        if (needsVectorModule()) {
            // without native BLAS, netlib's Vector API fallback is ~3× faster than plain Java, but the module
            // can only be added at JVM start (a jar's manifest cannot name it)
            System.exit(JvmRelaunch.run(List.of("--add-modules", VECTOR_MODULE), Map.of(),
                    Launcher.class.getName(), List.of(args)));
        }
        if (args.length == 0) {
            org.activationworkbench.ui.WorkbenchApp.launchWindow(args);
            return;
        }
        System.setProperty("java.awt.headless", "true");
        System.exit(WorkbenchCli.execute(args));
    }

    private static boolean needsVectorModule() {
        return !Blas.isNative() && ModuleLayer.boot().findModule(VECTOR_MODULE).isEmpty()
                && ModuleFinder.ofSystem().find(VECTOR_MODULE).isPresent();
    }
}
