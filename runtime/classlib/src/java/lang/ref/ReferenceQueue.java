package java.lang.ref;

/* VM-owned (minimal): references are never enqueued by the collector. */
public class ReferenceQueue<T> {
    public ReferenceQueue() {
    }

    public Reference<? extends T> poll() {
        return null;
    }
}
