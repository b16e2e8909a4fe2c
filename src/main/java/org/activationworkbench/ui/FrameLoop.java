package org.activationworkbench.ui;

import javafx.animation.AnimationTimer;

/**
 * Pulls the trainer's latest state at most once per frame (≤ 60 Hz) and stops itself after a second of
 * nothing new while paused, so an idle window costs nothing; commands wake it.
 */
final class FrameLoop extends AnimationTimer {

    private static final int IDLE_FRAMES = 60;

    private final WorkbenchViewModel vm;
    private int idle;
    private boolean running;

    FrameLoop(WorkbenchViewModel vm) {
        this.vm = vm;
        vm.onWake(this::wake);
    }

    void wake() {
        idle = 0;
        if (!running) {
            running = true;
            start();
        }
    }

    @Override
    public void handle(long now) {
        if (vm.pull()) {
            idle = 0;
        } else if (!vm.playing.get() && ++idle > IDLE_FRAMES) {
            running = false;
            stop();
        }
    }

    boolean running() {
        return running;
    }
}
