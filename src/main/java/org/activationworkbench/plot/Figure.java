package org.activationworkbench.plot;

/**
 * Something that draws itself on a {@link Painter} into a width × height box (figure units, origin top left).
 * The same figure serves the live Canvas of any size and the PNG/SVG export at its preferred size.
 */
public interface Figure {

    double preferredWidth();

    double preferredHeight();

    /** Draws everything, background included, into [0, width] × [0, height]. */
    void draw(Painter p, double width, double height, Theme theme);

    /** What the figure shows, in words, for a screen reader ({@link Descriptions}); empty when it has nothing to say. */
    default String describe() {
        return "";
    }
}
