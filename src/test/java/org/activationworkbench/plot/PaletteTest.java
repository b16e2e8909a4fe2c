package org.activationworkbench.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The series colours are Okabe–Ito's, in the order docs/accessibility.md documents, in both themes. */
class PaletteTest {

    /** Okabe & Ito (2002), "Color Universal Design": the eight colours. */
    private static final Set<String> OKABE_ITO = Set.of("#000000", "#E69F00", "#56B4E9", "#009E73", "#F0E442",
            "#0072B2", "#D55E00", "#CC79A7");
    /** The one documented stand-in: black drawn light on the dark background. */
    private static final String BLACK_ON_DARK = "#E8E8E8";

    private static String hex(Rgba c) {
        return String.format("#%02X%02X%02X", c.r(), c.g(), c.b());
    }

    @Test
    void everySeriesColourIsOkabeIto() {
        for (String c : Theme.light().series().stream().map(PaletteTest::hex).toList()) {
            assertTrue(OKABE_ITO.contains(c), "light theme series colour " + c + " is not Okabe–Ito");
        }
        for (String c : Theme.dark().series().stream().map(PaletteTest::hex).toList()) {
            assertTrue(OKABE_ITO.contains(c) || c.equals(BLACK_ON_DARK), "dark theme series colour " + c);
        }
        assertEquals(7, Set.copyOf(Theme.light().series()).size(), "seven different colours on white");
        assertEquals(7, Set.copyOf(Theme.dark().series()).size(), "seven different colours on dark");
    }

    @Test
    void theThemesHoldTheDocumentedTable() throws Exception {
        String basedir = System.getProperty("basedir");
        Path doc = Path.of(basedir != null && !basedir.isBlank() ? basedir : System.getProperty("user.dir"))
                .resolve("docs/accessibility.md");
        List<String> light = new ArrayList<>(), dark = new ArrayList<>();
        Pattern row = Pattern.compile("^\\| (\\d) \\| [^|`]*`(#[0-9A-F]{6})` \\| [^|`]*`(#[0-9A-F]{6})`.*\\|$");
        for (String line : Files.readAllLines(doc)) {
            Matcher m = row.matcher(line);
            if (!m.matches()) continue;
            assertEquals(light.size(), Integer.parseInt(m.group(1)), "rows in index order");
            light.add(m.group(2));
            dark.add(m.group(3));
        }
        assertEquals(light, Theme.light().series().stream().map(PaletteTest::hex).toList());
        assertEquals(dark, Theme.dark().series().stream().map(PaletteTest::hex).toList());
    }

    @Test
    void theRegressionShadingIsBlueAgainstOrangeInBothThemes() {
        assertEquals("#0072B2", hex(Theme.light().curve()));
        assertEquals("#56B4E9", hex(Theme.dark().curve()));
        assertEquals("#E69F00", hex(Theme.light().seriesColor(0)));
        assertEquals("#E69F00", hex(Theme.dark().seriesColor(0)));
    }
}
