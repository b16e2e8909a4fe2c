package org.activationworkbench.core;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The project version, filtered into version.properties by Maven. */
public final class Version {

    private Version() {
    }

    public static String get() {
        try (InputStream in = Version.class.getResourceAsStream("/org/activationworkbench/version.properties")) {
            if (in == null) return "dev";
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }

    public static final class Provider implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"activation-workbench " + get()};
        }
    }
}
