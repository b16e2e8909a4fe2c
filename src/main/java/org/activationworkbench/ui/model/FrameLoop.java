package org.activationworkbench.ui.model;

import javafx.animation.AnimationTimer;

/**
 * Pulls the trainer's latest state at most once per frame (≤ 60 Hz) and stops itself after a second of
 * nothing new while paused, so an idle window costs nothing; commands wake it. While training, drawing is
 * paced by its own cost (at most about a twentieth of the time goes to drawing on the FX thread) so the window leaves the CPU
 * to the trainer: on a small machine a full-rate redraw of many panels would halve training speed.
 */
public final class FrameLoop extends AnimationTimer {

    private static final int IDLE_FRAMES = 60;
    /** Redraws per second at most while training (-Dworkbench.fps; the screen never needs more than 60). */
    private static final long MIN_INTERVAL = (long) (1e9 / Math.max(1, Math.min(60, Integer.getInteger("workbench.fps", 20))));
    private static final long MAX_INTERVAL = 250_000_000L;
    /**
     * Frame interval = this × the FX thread's drawing time. The render thread's rasterising (in software under
     * Xvfb) costs a multiple of what the FX thread sees and competes with the trainer for memory bandwidth:
     * measured on Fashion-MNIST, a factor of 6 left the trainer 66–73 % of its headless speed, 20 gives 80–84 %.
     */
    private static final int COST_FACTOR = Integer.getInteger("workbench.costFactor", 20);

    private final WorkbenchViewModel vm;
    private int idle;
    private boolean running;
    private long nextPull;
    private double drawNanos;

    public FrameLoop(WorkbenchViewModel vm) {
        this.vm = vm;
        vm.onWake(this::wake);
    }

    void wake() {
        idle = 0;
        nextPull = 0;
        if (!running) {
            running = true;
            start();
        }
    }

    @Override
    public void handle(long now) {
        if (now < nextPull) return;
        long t0 = System.nanoTime();
        if (vm.pull()) {
            idle = 0;
            long cost = System.nanoTime() - t0;
            drawNanos = drawNanos == 0 ? cost : 0.8 * drawNanos + 0.2 * cost;
            // the render thread's work grows with ours, so pace by the cost we can see
            nextPull = vm.playing.get() ? now + Math.min(MAX_INTERVAL, Math.max(MIN_INTERVAL, (long) (COST_FACTOR * drawNanos))) : 0;
        } else if (!vm.playing.get() && ++idle > IDLE_FRAMES) {
            running = false;
            stop();
        }
    }

    boolean running() {
        return running;
    }
}
