package org.activationworkbench.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A legend in a box narrower than one of its entries shortens that entry's label instead of drawing past the box. */
class LegendTest {

    @Test
    void anEntryWiderThanItsBoxIsShortenedToFit() {
        BufferedImage img = new BufferedImage(400, 100, BufferedImage.TYPE_INT_ARGB);
        Painter real = new Java2DPainter(img.createGraphics());
        List<String> drawn = new ArrayList<>();
        Painter p = (Painter) Proxy.newProxyInstance(Painter.class.getClassLoader(), new Class<?>[] {Painter.class},
                (proxy, m, args) -> {
                    if (m.getName().equals("text")) drawn.add((String) args[0]);
                    return m.invoke(real, args);
                });
        Theme t = Theme.light();
        String longLabel = "raw, before EMA 0.6 smoothing of every curve shown here";
        List<LegendEntry> entries = List.of(LegendEntry.line("train", t.curve(), 1),
                LegendEntry.line(longLabel, t.curve(), 1));
        Rect box = new Rect(0, 0, 120, 60);
        Legend.draw(p, t, entries, box);

        assertEquals(2, drawn.size(), drawn.toString());
        assertEquals("train", drawn.get(0));
        String shown = drawn.get(1);
        assertTrue(shown.endsWith("…") && longLabel.startsWith(shown.substring(0, shown.length() - 1)), shown);
        p.setFont(t.tickSize(), false);
        assertTrue(p.textWidth(shown) <= box.w(), shown + " is " + p.textWidth(shown) + " wide");
    }
}
