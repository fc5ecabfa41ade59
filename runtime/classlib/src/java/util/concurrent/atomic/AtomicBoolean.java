package java.util.concurrent.atomic;

/** A boolean updated atomically (updates hold this object's monitor; see AtomicInteger). */
public class AtomicBoolean implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private volatile boolean value;

    public AtomicBoolean(boolean initialValue) {
        value = initialValue;
    }

    public AtomicBoolean() {
    }

    public final boolean get() {
        return value;
    }

    public final synchronized boolean compareAndSet(boolean expect, boolean update) {
        if (value != expect)
            return false;
        value = update;
        return true;
    }

    public boolean weakCompareAndSet(boolean expect, boolean update) {
        return compareAndSet(expect, update);
    }

    public final void set(boolean newValue) {
        value = newValue;
    }

    public final void lazySet(boolean newValue) {
        value = newValue;
    }

    public final synchronized boolean getAndSet(boolean newValue) {
        boolean prev = value;
        value = newValue;
        return prev;
    }

    public String toString() {
        return Boolean.toString(value);
    }
}
