package java.util;

/** EnumSet as a bit vector: bit (ordinal % 64) of word (ordinal / 64). */
final class RegularEnumSet<E extends Enum<E>> extends EnumSet<E> {
    private static final long serialVersionUID = 1L;
    private long[] bits;
    private int size;

    RegularEnumSet(Class<E> elementType, Enum<?>[] universe) {
        super(elementType, universe);
        bits = new long[(universe.length + 63) >>> 6];
    }

    void addRange(E from, E to) {
        for (int i = from.ordinal(); i <= to.ordinal(); i++)
            set(i);
    }

    void addAll() {
        for (int i = 0; i < universe.length; i++)
            set(i);
    }

    void complement() {
        for (int i = 0; i < universe.length; i++) {
            if (has(i))
                clearBit(i);
            else
                set(i);
        }
    }

    private boolean has(int i) {
        return (bits[i >>> 6] & (1L << i)) != 0;
    }

    private boolean set(int i) {
        if (has(i))
            return false;
        bits[i >>> 6] |= 1L << i;
        size++;
        return true;
    }

    private boolean clearBit(int i) {
        if (!has(i))
            return false;
        bits[i >>> 6] &= ~(1L << i);
        size--;
        return true;
    }

    public Iterator<E> iterator() {
        return new Iterator<E>() {
            int next = advance(0);
            int last = -1;

            private int advance(int from) {
                while (from < universe.length && !has(from))
                    from++;
                return from;
            }

            public boolean hasNext() {
                next = advance(next);
                return next < universe.length;
            }

            @SuppressWarnings("unchecked")
            public E next() {
                if (!hasNext())
                    throw new NoSuchElementException();
                last = next;
                next = advance(next + 1);
                return (E) universe[last];
            }

            public void remove() {
                if (last < 0)
                    throw new IllegalStateException();
                clearBit(last);
                last = -1;
            }
        };
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    private int ordinalOf(Object e) {
        if (e == null)
            return -1;
        Class<?> eClass = e.getClass();
        if (eClass != elementType && eClass.getSuperclass() != elementType)
            return -1;
        return ((Enum<?>) e).ordinal();
    }

    public boolean contains(Object e) {
        int i = ordinalOf(e);
        return i >= 0 && has(i);
    }

    public boolean add(E e) {
        typeCheck(e);
        return set(e.ordinal());
    }

    public boolean remove(Object e) {
        int i = ordinalOf(e);
        return i >= 0 && clearBit(i);
    }

    public void clear() {
        Arrays.fill(bits, 0L);
        size = 0;
    }

    public boolean equals(Object o) {
        if (o instanceof RegularEnumSet) {
            RegularEnumSet<?> es = (RegularEnumSet<?>) o;
            if (es.elementType != elementType)
                return size == 0 && es.size == 0;
            return Arrays.equals(es.bits, bits);
        }
        return super.equals(o);
    }

    public RegularEnumSet<E> clone() {
        RegularEnumSet<E> result = (RegularEnumSet<E>) super.clone();
        result.bits = bits.clone();
        return result;
    }
}
