package org.activationworkbench.ui.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.activationworkbench.plot.Rgba;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The live view's painter clips geometry itself: nothing lands outside the clip, and restore() lifts it. */
@ExtendWith(ApplicationExtension.class)
class CanvasPainterTest {

    @Start
    void start(Stage stage) {
        stage.show();
    }

    private static PixelReader draw(java.util.function.Consumer<CanvasPainter> figure) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            Canvas canvas = new Canvas(200, 100);
            canvas.getGraphicsContext2D().setFill(Color.WHITE);
            canvas.getGraphicsContext2D().fillRect(0, 0, 200, 100);
            figure.accept(new CanvasPainter(canvas.getGraphicsContext2D()));
            WritableImage img = canvas.snapshot(null, null);
            return img.getPixelReader();
        }).get();
    }

    private static boolean inked(PixelReader px, int x, int y) {
        return px.getColor(x, y).getRed() < 0.5;   // white is 1; the test inks (black, blue) have no red
    }

    @Test
    void linesAndPolylinesStopAtTheClipAndRestoreLiftsIt() throws Exception {
        PixelReader px = draw(p -> {
            p.setColor(new Rgba(0, 0, 0, 1));
            p.setStroke(4, null);
            p.save();
            p.clip(50, 20, 100, 60);
            p.polyline(new double[] {0, 100, 200}, new double[] {50, 50, 50}, 3);
            p.line(100, 0, 100, 100);
            p.restore();
            p.line(0, 90, 200, 90);
        });
        assertTrue(inked(px, 60, 50) && inked(px, 140, 50), "the polyline inside the clip");
        assertTrue(!inked(px, 30, 50) && !inked(px, 170, 50), "nothing of it outside");
        assertTrue(inked(px, 100, 30) && !inked(px, 100, 10), "the vertical line cut at the clip's top");
        assertTrue(inked(px, 10, 90) && inked(px, 190, 90), "after restore() the whole canvas draws again");
    }

    @Test
    void polygonsFillInsideTheClipAndMarkersNeedTheirCentreInside() throws Exception {
        PixelReader px = draw(p -> {
            p.setColor(new Rgba(0, 0, 200, 1));
            p.clip(50, 0, 100, 100);
            p.fillPolygon(new double[] {0, 200, 200, 0}, new double[] {10, 10, 40, 40}, 4);
            p.fillCircle(100, 70, 5);
            p.fillCircle(45, 70, 5);
            p.fillRect(0, 80, 200, 10);
        });
        assertTrue(inked(px, 100, 25), "the band is filled, not just outlined");
        assertTrue(!inked(px, 20, 25) && !inked(px, 180, 25), "and cut at the clip");
        assertTrue(inked(px, 100, 70), "a marker centred inside");
        assertTrue(!inked(px, 48, 70), "a marker centred outside is hidden");
        assertTrue(inked(px, 60, 85) && !inked(px, 40, 85), "rectangles are cut");
        assertEquals(Color.WHITE, px.getColor(10, 5));
    }
}
