package java.util;

public interface Set<E> extends Collection<E> {
    int size();

    boolean isEmpty();

    boolean contains(Object o);

    Iterator<E> iterator();

    Object[] toArray();

    <T> T[] toArray(T[] a);

    boolean add(E e);

    boolean remove(Object o);

    boolean containsAll(Collection<?> c);

    boolean addAll(Collection<? extends E> c);

    boolean retainAll(Collection<?> c);

    boolean removeAll(Collection<?> c);

    void clear();

    boolean equals(Object o);

    int hashCode();

    /* Java 9 factories: unmodifiable, nulls and duplicates rejected (iteration order: ours). */
    static <E> Set<E> of() {
        return Collections.immutableSet(new Object[] {}, true);
    }

    static <E> Set<E> of(E e1) {
        return Collections.immutableSet(new Object[] { e1 }, true);
    }

    static <E> Set<E> of(E e1, E e2) {
        return Collections.immutableSet(new Object[] { e1, e2 }, true);
    }

    static <E> Set<E> of(E e1, E e2, E e3) {
        return Collections.immutableSet(new Object[] { e1, e2, e3 }, true);
    }

    static <E> Set<E> of(E e1, E e2, E e3, E e4) {
        return Collections.immutableSet(new Object[] { e1, e2, e3, e4 }, true);
    }

    static <E> Set<E> of(E e1, E e2, E e3, E e4, E e5) {
        return Collections.immutableSet(new Object[] { e1, e2, e3, e4, e5 }, true);
    }

    static <E> Set<E> of(E e1, E e2, E e3, E e4, E e5, E e6) {
        return Collections.immutableSet(new Object[] { e1, e2, e3, e4, e5, e6 }, true);
    }

    static <E> Set<E> of(E e1, E e2, E e3, E e4, E e5, E e6, E e7) {
        return Collections.immutableSet(new Object[] { e1, e2, e3, e4, e5, e6, e7 }, true);
    }

    static <E> Set<E> of(E e1, E e2, E e3, E e4, E e5, E e6, E e7, E e8) {
        return Collections.immutableSet(new Object[] { e1, e2, e3, e4, e5, e6, e7, e8 }, true);
    }

    static <E> Set<E> of(E e1, E e2, E e3, E e4, E e5, E e6, E e7, E e8, E e9) {
        return Collections.immutableSet(new Object[] { e1, e2, e3, e4, e5, e6, e7, e8, e9 }, true);
    }

    static <E> Set<E> of(E e1, E e2, E e3, E e4, E e5, E e6, E e7, E e8, E e9, E e10) {
        return Collections.immutableSet(new Object[] { e1, e2, e3, e4, e5, e6, e7, e8, e9, e10 }, true);
    }

    @SafeVarargs
    @SuppressWarnings("varargs")
    static <E> Set<E> of(E... elements) {
        return Collections.immutableSet(elements, true);
    }

    static <E> Set<E> copyOf(Collection<? extends E> coll) {
        return Collections.immutableSet(coll.toArray(), false);
    }
}
