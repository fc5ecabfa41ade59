package java.lang;

import java.io.PrintStream;
import java.io.PrintWriter;

/* VM-owned (layout in CONTRACT.md): the VM fills `backtrace` in fillInStackTrace0 and turns it
 * into StackTraceElements in getStackTrace0. Printing follows Java's format: the throwable,
 * "\tat " frames, then suppressed and cause chains with "... n more" for frames in common. */
public class Throwable implements java.io.Serializable {
    private static final long serialVersionUID = -3042686055658047285L;
    private static final StackTraceElement[] UNASSIGNED_STACK = new StackTraceElement[0];
    private static final Throwable[] NO_SUPPRESSED = new Throwable[0];

    private transient Object backtrace;
    private String detailMessage;
    private Throwable cause = this;
    private StackTraceElement[] stackTrace = UNASSIGNED_STACK;
    private Throwable[] suppressed = NO_SUPPRESSED;
    private boolean writableStackTrace = true;
    private boolean enableSuppression = true;

    public Throwable() {
        fillInStackTrace();
    }

    public Throwable(String message) {
        fillInStackTrace();
        detailMessage = message;
    }

    public Throwable(String message, Throwable cause) {
        fillInStackTrace();
        detailMessage = message;
        this.cause = cause;
    }

    public Throwable(Throwable cause) {
        fillInStackTrace();
        detailMessage = (cause == null ? null : cause.toString());
        this.cause = cause;
    }

    protected Throwable(String message, Throwable cause, boolean enableSuppression, boolean writableStackTrace) {
        if (writableStackTrace) {
            fillInStackTrace();
        } else {
            stackTrace = null;
        }
        this.writableStackTrace = writableStackTrace;
        this.enableSuppression = enableSuppression;
        detailMessage = message;
        this.cause = cause;
    }

    public String getMessage() {
        return detailMessage;
    }

    public String getLocalizedMessage() {
        return getMessage();
    }

    public synchronized Throwable getCause() {
        return (cause == this ? null : cause);
    }

    public synchronized Throwable initCause(Throwable cause) {
        if (this.cause != this)
            throw new IllegalStateException("Can't overwrite cause with " + String.valueOf(cause), this);
        if (cause == this)
            throw new IllegalArgumentException("Self-causation not permitted", this);
        this.cause = cause;
        return this;
    }

    public String toString() {
        String s = getClass().getName();
        String message = getLocalizedMessage();
        return (message != null) ? (s + ": " + message) : s;
    }

    public synchronized Throwable fillInStackTrace() {
        if (writableStackTrace || stackTrace != null) {
            fillInStackTrace0();
            stackTrace = UNASSIGNED_STACK;
        }
        return this;
    }

    private native void fillInStackTrace0();

    private native StackTraceElement[] getStackTrace0();

    private synchronized StackTraceElement[] getOurStackTrace() {
        if (stackTrace == UNASSIGNED_STACK || (stackTrace == null && backtrace != null)) {
            stackTrace = backtrace == null ? new StackTraceElement[0] : getStackTrace0();
        } else if (stackTrace == null) {
            return UNASSIGNED_STACK;
        }
        return stackTrace;
    }

    public StackTraceElement[] getStackTrace() {
        return getOurStackTrace().clone();
    }

    public void setStackTrace(StackTraceElement[] stackTrace) {
        StackTraceElement[] defensiveCopy = stackTrace.clone();
        for (int i = 0; i < defensiveCopy.length; i++) {
            if (defensiveCopy[i] == null)
                throw new NullPointerException("stackTrace[" + i + "]");
        }
        synchronized (this) {
            if (this.stackTrace == null && !writableStackTrace)
                return;
            this.stackTrace = defensiveCopy;
        }
    }

    public final synchronized void addSuppressed(Throwable exception) {
        if (exception == this)
            throw new IllegalArgumentException("Self-suppression not permitted", exception);
        if (exception == null)
            throw new NullPointerException("Cannot suppress a null exception.");
        if (!enableSuppression)
            return;
        Throwable[] n = new Throwable[suppressed.length + 1];
        System.arraycopy(suppressed, 0, n, 0, suppressed.length);
        n[suppressed.length] = exception;
        suppressed = n;
    }

    public final synchronized Throwable[] getSuppressed() {
        return suppressed.clone();
    }

    public void printStackTrace() {
        printStackTrace(System.err);
    }

    /* Where the text goes: a PrintStream or a PrintWriter, behind one small interface. */
    private interface Sink {
        void println(Object o);
        Object lock();
    }

    public void printStackTrace(final PrintStream s) {
        printStackTrace(new Sink() {
            public void println(Object o) { s.println(o); }
            public Object lock() { return s; }
        });
    }

    public void printStackTrace(final PrintWriter s) {
        printStackTrace(new Sink() {
            public void println(Object o) { s.println(o); }
            public Object lock() { return s; }
        });
    }

    private void printStackTrace(Sink s) {
        synchronized (s.lock()) {
            s.println(this);
            StackTraceElement[] trace = getOurStackTrace();
            for (StackTraceElement e : trace)
                s.println("\tat " + e);
            Throwable[] seen = new Throwable[] { this };
            for (Throwable se : getSuppressed())
                seen = se.printEnclosed(s, trace, "Suppressed: ", "\t", seen);
            Throwable ourCause = getCause();
            if (ourCause != null)
                ourCause.printEnclosed(s, trace, "Caused by: ", "", seen);
        }
    }

    private static boolean contains(Throwable[] seen, Throwable t) {
        for (Throwable x : seen)
            if (x == t)
                return true;
        return false;
    }

    private Throwable[] printEnclosed(Sink s, StackTraceElement[] enclosingTrace, String caption,
                                      String prefix, Throwable[] seen) {
        if (contains(seen, this)) {
            s.println(prefix + caption + "[CIRCULAR REFERENCE: " + this + "]");
            return seen;
        }
        Throwable[] n = new Throwable[seen.length + 1];
        System.arraycopy(seen, 0, n, 0, seen.length);
        n[seen.length] = this;
        seen = n;
        StackTraceElement[] trace = getOurStackTrace();
        int m = trace.length - 1;
        int k = enclosingTrace.length - 1;
        while (m >= 0 && k >= 0 && trace[m].equals(enclosingTrace[k])) {
            m--;
            k--;
        }
        int framesInCommon = trace.length - 1 - m;
        s.println(prefix + caption + this);
        for (int i = 0; i <= m; i++)
            s.println(prefix + "\tat " + trace[i]);
        if (framesInCommon != 0)
            s.println(prefix + "\t... " + framesInCommon + " more");
        for (Throwable se : getSuppressed())
            seen = se.printEnclosed(s, trace, "Suppressed: ", prefix + "\t", seen);
        Throwable ourCause = getCause();
        if (ourCause != null)
            seen = ourCause.printEnclosed(s, trace, "Caused by: ", prefix, seen);
        return seen;
    }
}
