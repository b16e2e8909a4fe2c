package org.activationworkbench.study;

/** Thrown out of a study when its cancel signal is raised; nothing after the last finished file is written. */
public final class StudyCancelledException extends RuntimeException {

    public StudyCancelledException(String study) {
        super("study " + study + " was cancelled");
    }
}
