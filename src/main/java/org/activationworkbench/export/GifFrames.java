package org.activationworkbench.export;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.IndexColorModel;
import java.util.HashMap;
import java.util.Map;

/**
 * Turns a run of rendered frames into small GIF frames: each frame gets its own palette (a figure has few colours,
 * so most frames are exact; otherwise the 255 most frequent colours and the nearest of them for the rest), and
 * after the first, only the rectangle that changed is kept, its unchanged pixels transparent. Still axes, legends
 * and titles then cost nothing after the first frame, which is what makes an evolution GIF small.
 */
final class GifFrames {

    /** Palette index of "unchanged" pixels in a difference frame. */
    static final int TRANSPARENT = 255;

    /** One encoded frame: its image (indexed), where it goes, and whether index 255 means "unchanged". */
    record Frame(BufferedImage image, int x, int y, boolean transparent) { }

    private int[] previous;
    private int width;
    private int height;

    /** The frame to write for {@code rgb} (an RGB image the size of the first). */
    Frame next(BufferedImage rgb) {
        int w = rgb.getWidth(), h = rgb.getHeight();
        int[] px = rgb.getRGB(0, 0, w, h, null, 0, w);
        for (int i = 0; i < px.length; i++) px[i] &= 0xffffff;
        if (previous == null || w != width || h != height) {
            previous = px;
            width = w;
            height = h;
            return new Frame(indexed(px, w, 0, 0, w, h, null), 0, 0, false);
        }
        int[] box = changed(previous, px, w, h);
        int[] before = previous;
        previous = px;
        if (box == null) box = new int[] {0, 0, 1, 1};   // nothing moved: one transparent pixel
        return new Frame(indexed(px, w, box[0], box[1], box[2], box[3], before), box[0], box[1], true);
    }

    /** {x, y, w, h} of the pixels that differ, or null when none does. */
    private static int[] changed(int[] a, int[] b, int w, int h) {
        int x0 = w, y0 = h, x1 = -1, y1 = -1;
        for (int y = 0; y < h; y++) {
            int row = y * w;
            for (int x = 0; x < w; x++) {
                if (a[row + x] != b[row + x]) {
                    if (x < x0) x0 = x;
                    if (x > x1) x1 = x;
                    if (y < y0) y0 = y;
                    y1 = y;
                }
            }
        }
        return x1 < 0 ? null : new int[] {x0, y0, x1 - x0 + 1, y1 - y0 + 1};
    }

    /**
     * The box of {@code px} as an indexed image with its own palette; with {@code before}, pixels equal to it
     * become the transparent index.
     */
    private static BufferedImage indexed(int[] px, int stride, int bx, int by, int bw, int bh, int[] before) {
        int limit = before == null ? 256 : 255;
        Map<Integer, int[]> counts = new HashMap<>();
        for (int y = by; y < by + bh; y++) {
            for (int x = bx; x < bx + bw; x++) {
                int i = y * stride + x;
                if (before != null && before[i] == px[i]) continue;
                counts.computeIfAbsent(px[i], k -> new int[1])[0]++;
            }
        }
        int[] palette = counts.entrySet().stream().sorted((p, q) -> Integer.compare(q.getValue()[0], p.getValue()[0]))
                .limit(limit).mapToInt(Map.Entry::getKey).toArray();
        Map<Integer, Integer> index = new HashMap<>();
        for (int i = 0; i < palette.length; i++) index.put(palette[i], i);
        byte[] r = new byte[256], g = new byte[256], b = new byte[256];
        for (int i = 0; i < palette.length; i++) {
            r[i] = (byte) (palette[i] >> 16);
            g[i] = (byte) (palette[i] >> 8);
            b[i] = (byte) palette[i];
        }
        IndexColorModel cm = before == null ? new IndexColorModel(8, 256, r, g, b)
                : new IndexColorModel(8, 256, r, g, b, TRANSPARENT);
        BufferedImage out = new BufferedImage(bw, bh, BufferedImage.TYPE_BYTE_INDEXED, cm);
        byte[] data = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
        for (int y = 0; y < bh; y++) {
            for (int x = 0; x < bw; x++) {
                int i = (by + y) * stride + bx + x;
                int c = px[i];
                int k = before != null && before[i] == c ? TRANSPARENT : index.computeIfAbsent(c, col -> nearest(col, palette));
                data[y * bw + x] = (byte) k;
            }
        }
        return out;
    }

    /** The palette entry closest to a colour (in RGB distance): for the rare colours beyond 255. */
    private static int nearest(int c, int[] palette) {
        int best = 0;
        long bestD = Long.MAX_VALUE;
        for (int i = 0; i < palette.length; i++) {
            int dr = ((c >> 16) & 0xff) - ((palette[i] >> 16) & 0xff);
            int dg = ((c >> 8) & 0xff) - ((palette[i] >> 8) & 0xff);
            int db = (c & 0xff) - (palette[i] & 0xff);
            long d = (long) dr * dr + (long) dg * dg + (long) db * db;
            if (d < bestD) {
                bestD = d;
                best = i;
            }
        }
        return best;
    }
}
