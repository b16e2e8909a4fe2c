package org.activationworkbench.train;

/**
 * Training blew up: the loss became NaN or infinite, or rose far above where it started (see {@link BlowUpGuard}).
 * Says at which step and what happened to the loss; the message is a sentence for the user.
 */
public final class DivergenceException extends RuntimeException {

    private final long step;
    private final String lossEvent;

    /**
     * @param message   the whole sentence
     * @param step      the step at which it was noticed
     * @param lossEvent what the loss did, as a phrase: "became NaN", "rose to 5.1e+08, over 100 times its start"
     */
    public DivergenceException(String message, long step, String lossEvent) {
        super(message);
        this.step = step;
        this.lossEvent = lossEvent;
    }

    public long step() {
        return step;
    }

    public String lossEvent() {
        return lossEvent;
    }
}
