package org.activationworkbench.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.testfx.util.WaitForAsyncUtils;

/** What every window test does with the FX thread: run something on it and wait, or wait for a condition. */
public final class FxWait {

    /** Generous: only a failing test ever waits this long. */
    public static final int SECONDS = 30;

    private FxWait() {
    }

    /** Runs on the FX thread, returns its result once the events it caused are handled. */
    public static <T> T fx(Callable<T> c) throws Exception {
        T t = WaitForAsyncUtils.asyncFx(c).get(SECONDS, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        return t;
    }

    public static void fx(Runnable r) throws Exception {
        WaitForAsyncUtils.asyncFx(r).get(SECONDS, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    public static void waitFor(Callable<Boolean> condition) throws Exception {
        waitFor(SECONDS, condition);
    }

    public static void waitFor(int seconds, Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
