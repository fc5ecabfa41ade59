package java.lang.ref;

/* VM-owned (minimal): the collector treats references as strong; clear() and enqueue() work
 * on the object itself. */
public abstract class Reference<T> {
    private T referent;
    final ReferenceQueue<? super T> queue;

    Reference(T referent, ReferenceQueue<? super T> queue) {
        this.referent = referent;
        this.queue = queue;
    }

    public T get() {
        return referent;
    }

    public void clear() {
        referent = null;
    }

    public boolean isEnqueued() {
        return false;
    }

    public boolean enqueue() {
        clear();
        return false;
    }
}
