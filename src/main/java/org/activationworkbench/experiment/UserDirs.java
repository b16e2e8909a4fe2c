package org.activationworkbench.experiment;

import java.nio.file.Path;

/** Where the workbench keeps per-user files: -Dworkbench.config=DIR when set, else $XDG_CONFIG_HOME/activation-workbench, else ~/.config/activation-workbench. */
public final class UserDirs {

    private UserDirs() {
    }

    public static Path config() {
        // the window's tests (and anyone running a throwaway session) point this elsewhere
        String override = System.getProperty("workbench.config");
        if (override != null && !override.isBlank()) return Path.of(override);
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
        return base.resolve("activation-workbench");
    }
}
