package org.activationworkbench.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.testfx.util.WaitForAsyncUtils;

/** What every window test does with the FX thread: run something on it and wait, or wait for a condition. */
final class FxWait {

    /** Generous: only a failing test ever waits this long. */
    static final int SECONDS = 30;

    private FxWait() {
    }

    /** Runs on the FX thread, returns its result once the events it caused are handled. */
    static <T> T fx(Callable<T> c) throws Exception {
        T t = WaitForAsyncUtils.asyncFx(c).get(SECONDS, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        return t;
    }

    static void fx(Runnable r) throws Exception {
        WaitForAsyncUtils.asyncFx(r).get(SECONDS, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    static void waitFor(Callable<Boolean> condition) throws Exception {
        waitFor(SECONDS, condition);
    }

    static void waitFor(int seconds, Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
