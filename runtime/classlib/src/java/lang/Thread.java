package java.lang;

/* VM-owned (layout in CONTRACT.md). threadStatus, set by the VM: 0 new, 1 runnable,
 * 2 terminated, 3 blocked on a monitor, 4 waiting, 5 timed waiting. join() waits on the thread object, which the VM notifies when the thread ends. */
public class Thread implements Runnable {
    public static final int MIN_PRIORITY = 1;
    public static final int NORM_PRIORITY = 5;
    public static final int MAX_PRIORITY = 10;

    private long eetop;
    private String name;
    private boolean daemon;
    private int priority;
    private Runnable target;
    private volatile int threadStatus;
    private ThreadGroup group;
    private long tid;
    private volatile UncaughtExceptionHandler uncaughtExceptionHandler;
    private static volatile UncaughtExceptionHandler defaultUncaughtExceptionHandler;
    private static int threadInitNumber;
    private static long threadSeqNumber = 1;
    Object threadLocals;

    public interface UncaughtExceptionHandler {
        void uncaughtException(Thread t, Throwable e);
    }

    public enum State { NEW, RUNNABLE, BLOCKED, WAITING, TIMED_WAITING, TERMINATED }

    private static synchronized int nextThreadNum() {
        return threadInitNumber++;
    }

    private static synchronized long nextThreadID() {
        return ++threadSeqNumber;
    }

    public Thread() {
        init(null, null, "Thread-" + nextThreadNum());
    }

    public Thread(Runnable target) {
        init(null, target, "Thread-" + nextThreadNum());
    }

    public Thread(Runnable target, String name) {
        init(null, target, name);
    }

    public Thread(String name) {
        init(null, null, name);
    }

    public Thread(ThreadGroup group, Runnable target) {
        init(group, target, "Thread-" + nextThreadNum());
    }

    public Thread(ThreadGroup group, String name) {
        init(group, null, name);
    }

    public Thread(ThreadGroup group, Runnable target, String name) {
        init(group, target, name);
    }

    public Thread(ThreadGroup group, Runnable target, String name, long stackSize) {
        init(group, target, name);
    }

    private void init(ThreadGroup g, Runnable target, String name) {
        if (name == null)
            throw new NullPointerException("name cannot be null");
        Thread parent = currentThread();
        this.group = g != null ? g : parent.getThreadGroup();
        this.daemon = parent.isDaemon();
        this.priority = parent.getPriority();
        this.target = target;
        this.name = name;
        this.tid = nextThreadID();
    }

    public static native Thread currentThread();

    public static native void yield();

    private static native void sleep0(long millis, int nanos) throws InterruptedException;

    public static void sleep(long millis) throws InterruptedException {
        sleep0(millis, 0);
    }

    public static void sleep(long millis, int nanos) throws InterruptedException {
        if (millis < 0)
            throw new IllegalArgumentException("timeout value is negative");
        if (nanos < 0 || nanos > 999999)
            throw new IllegalArgumentException("nanosecond timeout value out of range");
        sleep0(millis, nanos);
    }

    public synchronized void start() {
        if (threadStatus != 0)
            throw new IllegalThreadStateException();
        start0();
    }

    private native void start0();

    public void run() {
        if (target != null)
            target.run();
    }

    public void interrupt() {
        interrupt0();
    }

    private native void interrupt0();

    private native boolean isInterrupted0(boolean clear);

    public static boolean interrupted() {
        return currentThread().isInterrupted0(true);
    }

    public boolean isInterrupted() {
        return isInterrupted0(false);
    }

    public final boolean isAlive() {
        int s = threadStatus;
        return s != 0 && s != 2;
    }

    public final void setPriority(int newPriority) {
        if (newPriority > MAX_PRIORITY || newPriority < MIN_PRIORITY)
            throw new IllegalArgumentException();
        priority = newPriority;
    }

    public final int getPriority() {
        return priority;
    }

    public final synchronized void setName(String name) {
        if (name == null)
            throw new NullPointerException("name cannot be null");
        this.name = name;
    }

    public final String getName() {
        return name;
    }

    public final ThreadGroup getThreadGroup() {
        return threadStatus == 2 ? null : group;
    }

    public final void setDaemon(boolean on) {
        if (isAlive())
            throw new IllegalThreadStateException();
        daemon = on;
    }

    public final boolean isDaemon() {
        return daemon;
    }

    public long getId() {
        return tid;
    }

    public State getState() {
        switch (threadStatus) {
        case 0: return State.NEW;
        case 1: return State.RUNNABLE;
        case 3: return State.BLOCKED;
        case 4: return State.WAITING;
        case 5: return State.TIMED_WAITING;
        default: return State.TERMINATED;
        }
    }

    public final synchronized void join(long millis) throws InterruptedException {
        if (millis < 0)
            throw new IllegalArgumentException("timeout value is negative");
        if (millis == 0) {
            while (isAlive())
                wait(0);
        } else {
            long base = System.currentTimeMillis();
            long now = 0;
            while (isAlive()) {
                long delay = millis - now;
                if (delay <= 0)
                    break;
                wait(delay);
                now = System.currentTimeMillis() - base;
            }
        }
    }

    public final void join(long millis, int nanos) throws InterruptedException {
        if (nanos > 0 && millis < Long.MAX_VALUE)
            millis++;
        join(millis);
    }

    public final void join() throws InterruptedException {
        join(0);
    }

    public static native boolean holdsLock(Object obj);

    /* The current thread's frames, this method first (as in OpenJDK); other threads' stacks
     * are not sampled: an empty array. */
    public StackTraceElement[] getStackTrace() {
        if (this != currentThread())
            return new StackTraceElement[0];
        return new Throwable().getStackTrace();
    }

    public static void dumpStack() {
        new Exception("Stack trace").printStackTrace();
    }

    public ClassLoader getContextClassLoader() {
        return ClassLoader.getSystemClassLoader();
    }

    public void setContextClassLoader(ClassLoader cl) {
    }

    public String toString() {
        ThreadGroup g = getThreadGroup();
        if (g != null)
            return "Thread[" + getName() + "," + getPriority() + "," + g.getName() + "]";
        return "Thread[" + getName() + "," + getPriority() + ",]";
    }

    public static void setDefaultUncaughtExceptionHandler(UncaughtExceptionHandler eh) {
        defaultUncaughtExceptionHandler = eh;
    }

    public static UncaughtExceptionHandler getDefaultUncaughtExceptionHandler() {
        return defaultUncaughtExceptionHandler;
    }

    public UncaughtExceptionHandler getUncaughtExceptionHandler() {
        UncaughtExceptionHandler h = uncaughtExceptionHandler;
        return h != null ? h : group;
    }

    public void setUncaughtExceptionHandler(UncaughtExceptionHandler eh) {
        uncaughtExceptionHandler = eh;
    }

    /* Called by the VM when run() (or main) ends with an exception. */
    private void dispatchUncaughtException(Throwable e) {
        getUncaughtExceptionHandler().uncaughtException(this, e);
    }
}
