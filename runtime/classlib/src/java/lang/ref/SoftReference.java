package java.lang.ref;

/* VM-owned (minimal): see Reference. */
public class SoftReference<T> extends Reference<T> {
    public SoftReference(T referent) {
        super(referent, null);
    }
    public SoftReference(T referent, ReferenceQueue<? super T> q) {
        super(referent, q);
    }

}
