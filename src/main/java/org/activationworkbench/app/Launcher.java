package org.activationworkbench.app;

import java.lang.module.ModuleFinder;
import java.util.List;
import java.util.Map;
import org.activationworkbench.core.JvmRelaunch;
import org.activationworkbench.app.demo.DemoScript;
import org.activationworkbench.cli.WorkbenchCli;
import org.activationworkbench.ui.shell.WorkbenchApp;
import org.activationworkbench.nn.Blas;

/**
 * The plain main: no arguments opens the workbench window, and so does one workbench file (FILE.awb, as a desktop
 * passes it when the user opens such a file), which the window then opens; a command runs headless without ever
 * initialising JavaFX. (A plain class, not an Application, so the shaded jar starts on the classpath.)
 */
public final class Launcher {

    private static final String VECTOR_MODULE = "jdk.incubator.vector";
    private static final String BLAS_THREADS = "OPENBLAS_NUM_THREADS";

    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        String file = args.length == 1 ? workbenchFile(args[0]) : null;
        if (file != null) args = new String[] {file};
        boolean window = args.length == 0 || file != null;
        boolean oneBlasThread = Blas.isNative() && (window || trainsRunsInParallel(args)) && oneBlasThreadIsBetter();
        boolean vector = needsVectorModule();
        if (oneBlasThread || vector) {
            // both settings can only be made at JVM start: netlib's Vector API fallback (~3× plain Java without
            // native BLAS) needs its module, which a jar's manifest cannot name; OpenBLAS reads its thread count
            // once, from the environment
            System.exit(JvmRelaunch.run(vector ? List.of("--add-modules", VECTOR_MODULE) : List.of(),
                    oneBlasThread ? Map.of(BLAS_THREADS, "1") : Map.of(), Launcher.class.getName(), List.of(args)));
        }
        if (window) {
            JavaFxNatives.prepare();   // before any JavaFX class loads
            WorkbenchApp.launchWindow(args, DemoScript.fromSystemProperties());
            return;
        }
        System.setProperty("java.awt.headless", "true");
        System.exit(WorkbenchCli.execute(args));
    }

    /**
     * `study` and `compare` train two runs at a time, one per core: a second BLAS thread per run only makes four
     * threads fight for two cores (measured here: two 50-layer dyn runs side by side trained in 54 s with OpenBLAS's
     * default threads, in 15 s with one each).
     */
    private static boolean trainsRunsInParallel(String[] args) {
        return args.length > 0 && (args[0].equals("study") || args[0].equals("compare"));
    }

    /**
     * On a machine of two cores or fewer, one BLAS thread trains faster than two when something else runs beside
     * it: with the window open the drawing threads take part of a core, and OpenBLAS's threads wait on each other
     * whenever one of them is pushed off its core (measured here: 2.2× the window's training speed on
     * Fashion-MNIST). Not when the user set the count, nor under `mvn javafx:run`, whose module-path launch a
     * relaunch would not reproduce.
     */
    private static boolean oneBlasThreadIsBetter() {
        return System.getenv(BLAS_THREADS) == null && Runtime.getRuntime().availableProcessors() <= 2
                && System.getProperty("jdk.module.path") == null;
    }

    /**
     * The path of a workbench file given as the only argument (a path, or a file: URI as some desktops pass it),
     * or null when the argument is something else (a command, an option).
     */
    static String workbenchFile(String arg) {
        if (!arg.toLowerCase(java.util.Locale.ROOT).endsWith(".awb") || arg.startsWith("-")) return null;
        if (arg.startsWith("file:")) {
            try {
                return java.nio.file.Path.of(java.net.URI.create(arg)).toString();
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return arg;
    }

    private static boolean needsVectorModule() {
        return !Blas.isNative() && ModuleLayer.boot().findModule(VECTOR_MODULE).isEmpty()
                && ModuleFinder.ofSystem().find(VECTOR_MODULE).isPresent();
    }
}
