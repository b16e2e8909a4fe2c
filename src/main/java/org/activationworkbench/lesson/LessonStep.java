package org.activationworkbench.lesson;

import java.util.Map;
import java.util.Set;

/**
 * One step of a lesson: what the player shows (title, text, a question and its answer), what the window shows,
 * hides and highlights, what changes as the step begins, and when it ends.
 *
 * @param number    1 for the first step
 * @param title     a few words
 * @param text      a few sentences, plain text (simple math in Unicode: α, β, x², ≤)
 * @param question  a question to the class, or null
 * @param answer    its answer (revealed on a click), or null; never without a question
 * @param show      panels shown during the step (empty: as they were)
 * @param hide      panels hidden during the step
 * @param highlight what to draw the eye to, or null
 * @param changes   what changes as the step begins
 * @param play      whether the run plays when the step begins (default: unless it ends on Next)
 * @param until     when it ends
 * @param untilText the end condition as written
 * @param maxEpochs epochs after which a condition not yet met counts as never met
 * @param where     where the step starts in the file
 * @param places    where each of its keys is written ("until", "highlight", "restart", "restart.clip" …), for messages
 */
public record LessonStep(int number, String title, String text, String question, String answer, Set<Panel> show,
                         Set<Panel> hide, Highlight highlight, StepChanges changes, boolean play, Condition until,
                         String untilText, int maxEpochs, Where where,
                         Map<String, Where> places) {

    public LessonStep {
        show = Set.copyOf(show);
        hide = Set.copyOf(hide);
        places = Map.copyOf(places);
    }

    /** "step 3 'Eight neurons'": how messages name it. */
    public String label() {
        return "step " + number + " '" + title + "'";
    }

    /** Where a key of the step is written, or where the step starts. */
    public Where place(String key) {
        return places.getOrDefault(key, where);
    }
}
