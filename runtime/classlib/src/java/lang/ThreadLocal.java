package java.lang;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Per-thread values. Thread is VM-owned and has no slot for them, so each ThreadLocal keeps
 * its own Thread -> value map (guarded by itself); entries of threads that have ended are
 * swept out whenever the map has doubled since the last sweep.
 */
public class ThreadLocal<T> {
    private final Map<Thread, Object> values = new HashMap<>();
    private int sweepAt = 8;

    public ThreadLocal() {
    }

    protected T initialValue() {
        return null;
    }

    public static <S> ThreadLocal<S> withInitial(Supplier<? extends S> supplier) {
        if (supplier == null)
            throw new NullPointerException();
        return new ThreadLocal<S>() {
            protected S initialValue() {
                return supplier.get();
            }
        };
    }

    @SuppressWarnings("unchecked")
    public T get() {
        Thread t = Thread.currentThread();
        synchronized (values) {
            if (values.containsKey(t))
                return (T) values.get(t);
        }
        T v = initialValue();
        store(t, v);
        return v;
    }

    public void set(T value) {
        store(Thread.currentThread(), value);
    }

    public void remove() {
        synchronized (values) {
            values.remove(Thread.currentThread());
        }
    }

    private void store(Thread t, Object v) {
        synchronized (values) {
            values.put(t, v);
            if (values.size() >= sweepAt) {
                for (Iterator<Thread> it = values.keySet().iterator(); it.hasNext();)
                    if (!it.next().isAlive())
                        it.remove();
                sweepAt = Math.max(8, values.size() * 2);
            }
        }
    }
}
