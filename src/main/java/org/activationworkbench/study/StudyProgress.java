package org.activationworkbench.study;

/** Told as a study advances: runs (or steps) done out of the total, and what just happened. */
@FunctionalInterface
public interface StudyProgress {

    StudyProgress NONE = (done, total, message) -> { };

    void report(int done, int total, String message);
}
