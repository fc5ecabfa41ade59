package java.lang;

/* VM-owned. exit() runs the shutdown hooks (each on its own thread, all started, then all
 * joined), flushes the standard streams and halts; the VM calls exitVM when the last
 * non-daemon thread has ended. */
public class Runtime {
    private static final Runtime currentRuntime = new Runtime();
    private static Thread[] hooks = new Thread[0];
    private static boolean shuttingDown;

    private Runtime() {
    }

    public static Runtime getRuntime() {
        return currentRuntime;
    }

    public void exit(int status) {
        exitVM(status);
    }

    static void exitVM(int status) {
        Thread[] toRun;
        synchronized (Runtime.class) {
            toRun = shuttingDown ? null : hooks;
            shuttingDown = true;
        }
        if (toRun == null)
            waitForHalt();
        for (Thread h : toRun)
            h.start();
        for (Thread h : toRun) {
            while (true) {
                try {
                    h.join();
                    break;
                } catch (InterruptedException e) {
                    // keep waiting: hooks must finish
                }
            }
        }
        System.out.flush();
        System.err.flush();
        halt0(status);
    }

    /* A second exit while the first runs the hooks blocks, as in Java: the first one halts. */
    private static void waitForHalt() {
        Object never = new Object();
        synchronized (never) {
            while (true) {
                try {
                    never.wait();
                } catch (InterruptedException e) {
                    // exit cannot be interrupted
                }
            }
        }
    }

    public void halt(int status) {
        System.out.flush();
        System.err.flush();
        halt0(status);
    }

    private static native void halt0(int status);

    public void addShutdownHook(Thread hook) {
        if (hook == null)
            throw new NullPointerException();
        synchronized (Runtime.class) {
            if (shuttingDown)
                throw new IllegalStateException("Shutdown in progress");
            for (Thread h : hooks)
                if (h == hook)
                    throw new IllegalArgumentException("Hook already registered");
            if (hook.isAlive())
                throw new IllegalArgumentException("Hook already running");
            Thread[] n = new Thread[hooks.length + 1];
            System.arraycopy(hooks, 0, n, 0, hooks.length);
            n[hooks.length] = hook;
            hooks = n;
        }
    }

    public boolean removeShutdownHook(Thread hook) {
        if (hook == null)
            throw new NullPointerException();
        synchronized (Runtime.class) {
            if (shuttingDown)
                throw new IllegalStateException("Shutdown in progress");
            for (int i = 0; i < hooks.length; i++) {
                if (hooks[i] == hook) {
                    Thread[] n = new Thread[hooks.length - 1];
                    System.arraycopy(hooks, 0, n, 0, i);
                    System.arraycopy(hooks, i + 1, n, i, hooks.length - i - 1);
                    hooks = n;
                    return true;
                }
            }
        }
        return false;
    }

    public native int availableProcessors();

    public native long freeMemory();

    public native long totalMemory();

    public native long maxMemory();

    public native void gc();
}
