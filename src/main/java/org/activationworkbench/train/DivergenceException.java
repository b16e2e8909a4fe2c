package org.activationworkbench.train;

/** The loss became NaN or infinite: says at which step and which parameters blew up first. */
public final class DivergenceException extends RuntimeException {

    private final long step;

    public DivergenceException(String message, long step) {
        super(message);
        this.step = step;
    }

    public long step() {
        return step;
    }
}
