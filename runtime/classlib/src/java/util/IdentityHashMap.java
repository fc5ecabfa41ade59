package java.util;

/**
 * A map that compares keys (and values, in containsValue/remove(k, v)) with == and hashes them
 * with System.identityHashCode. Open addressing with linear probing over one array holding
 * key, value, key, value...; the capacity is a power of two kept at most 2/3 full. Iteration
 * order follows identity hash codes, so it is not repeatable from run to run (nor on OpenJDK).
 */
public class IdentityHashMap<K, V> extends AbstractMap<K, V> implements Map<K, V>, java.io.Serializable, Cloneable {
    private static final long serialVersionUID = 1L;
    private static final int DEFAULT_CAPACITY = 32;
    private static final int MAXIMUM_CAPACITY = 1 << 29;
    /* stands for the null key, so that a null slot means "empty" */
    static final Object NULL_KEY = new Object();

    transient Object[] table;
    int size;
    transient int modCount;

    public IdentityHashMap() {
        table = new Object[2 * DEFAULT_CAPACITY];
    }

    public IdentityHashMap(int expectedMaxSize) {
        if (expectedMaxSize < 0)
            throw new IllegalArgumentException("expectedMaxSize is negative: " + expectedMaxSize);
        table = new Object[2 * capacity(expectedMaxSize)];
    }

    public IdentityHashMap(Map<? extends K, ? extends V> m) {
        this((int) ((1 + m.size()) * 1.1));
        putAll(m);
    }

    /* smallest power of two >= 3/2 * expected, within [4, MAXIMUM_CAPACITY] */
    private static int capacity(int expectedMaxSize) {
        int min = expectedMaxSize + (expectedMaxSize >> 1);
        int c = 4;
        while (c < min && c < MAXIMUM_CAPACITY)
            c <<= 1;
        return c;
    }

    private static Object maskNull(Object key) {
        return (key == null ? NULL_KEY : key);
    }

    @SuppressWarnings("unchecked")
    static <T> T unmaskNull(Object key) {
        return (T) (key == NULL_KEY ? null : key);
    }

    /* even slot index for x in a table of length len */
    private static int hash(Object x, int len) {
        int h = System.identityHashCode(x);
        return ((h << 1) - (h << 8)) & (len - 1);
    }

    private static int nextKeyIndex(int i, int len) {
        return (i + 2 < len ? i + 2 : 0);
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /* slot of key k, or -1 */
    private int indexOf(Object k) {
        Object[] tab = table;
        int len = tab.length;
        int i = hash(k, len);
        while (true) {
            Object item = tab[i];
            if (item == k)
                return i;
            if (item == null)
                return -1;
            i = nextKeyIndex(i, len);
        }
    }

    @SuppressWarnings("unchecked")
    public V get(Object key) {
        int i = indexOf(maskNull(key));
        return i < 0 ? null : (V) table[i + 1];
    }

    public boolean containsKey(Object key) {
        return indexOf(maskNull(key)) >= 0;
    }

    public boolean containsValue(Object value) {
        Object[] tab = table;
        for (int i = 1; i < tab.length; i += 2)
            if (tab[i] == value && tab[i - 1] != null)
                return true;
        return false;
    }

    @SuppressWarnings("unchecked")
    public V put(K key, V value) {
        Object k = maskNull(key);
        while (true) {
            Object[] tab = table;
            int len = tab.length;
            int i = hash(k, len);
            for (Object item; (item = tab[i]) != null; i = nextKeyIndex(i, len)) {
                if (item == k) {
                    V oldValue = (V) tab[i + 1];
                    tab[i + 1] = value;
                    return oldValue;
                }
            }
            int s = size + 1;
            /* keep the table at most 2/3 full: grow first, then probe again */
            if (s + (s << 1) > len && resize(len))
                continue;
            modCount++;
            tab[i] = k;
            tab[i + 1] = value;
            size = s;
            return null;
        }
    }

    private boolean resize(int oldLength) {
        int newLength = oldLength * 2;
        if (oldLength >= 2 * MAXIMUM_CAPACITY) {
            if (size == MAXIMUM_CAPACITY - 1)
                throw new IllegalStateException("Capacity exhausted.");
            return false;
        }
        Object[] oldTable = table;
        Object[] newTable = new Object[newLength];
        for (int j = 0; j < oldLength; j += 2) {
            Object key = oldTable[j];
            if (key != null) {
                int i = hash(key, newLength);
                while (newTable[i] != null)
                    i = nextKeyIndex(i, newLength);
                newTable[i] = key;
                newTable[i + 1] = oldTable[j + 1];
            }
        }
        table = newTable;
        return true;
    }

    public void putAll(Map<? extends K, ? extends V> m) {
        for (Entry<? extends K, ? extends V> e : m.entrySet())
            put(e.getKey(), e.getValue());
    }

    @SuppressWarnings("unchecked")
    public V remove(Object key) {
        int i = indexOf(maskNull(key));
        if (i < 0)
            return null;
        V oldValue = (V) table[i + 1];
        removeAt(i);
        return oldValue;
    }

    /* Empties slot d, then moves later entries of the probe run back so lookups still work. */
    private void removeAt(int d) {
        modCount++;
        size--;
        Object[] tab = table;
        int len = tab.length;
        tab[d] = null;
        tab[d + 1] = null;
        for (int i = nextKeyIndex(d, len); tab[i] != null; i = nextKeyIndex(i, len)) {
            int r = hash(tab[i], len);
            /* the entry at i stays if its home slot r lies cyclically in (d, i] */
            boolean stays = (d < i) ? (d < r && r <= i) : (d < r || r <= i);
            if (!stays) {
                tab[d] = tab[i];
                tab[d + 1] = tab[i + 1];
                tab[i] = null;
                tab[i + 1] = null;
                d = i;
            }
        }
    }

    public void clear() {
        modCount++;
        Arrays.fill(table, null);
        size = 0;
    }

    public boolean equals(Object o) {
        if (o == this)
            return true;
        if (o instanceof IdentityHashMap) {
            IdentityHashMap<?, ?> m = (IdentityHashMap<?, ?>) o;
            if (m.size() != size)
                return false;
            Object[] tab = m.table;
            for (int i = 0; i < tab.length; i += 2) {
                Object k = tab[i];
                if (k != null) {
                    int j = indexOf(k);
                    if (j < 0 || table[j + 1] != tab[i + 1])
                        return false;
                }
            }
            return true;
        }
        /* entries compare keys and values by identity, so equality does too */
        return o instanceof Map && entrySet().equals(((Map<?, ?>) o).entrySet());
    }

    public int hashCode() {
        int result = 0;
        Object[] tab = table;
        for (int i = 0; i < tab.length; i += 2)
            if (tab[i] != null)
                result += System.identityHashCode(unmaskNull(tab[i])) ^ System.identityHashCode(tab[i + 1]);
        return result;
    }

    @SuppressWarnings("unchecked")
    public Object clone() {
        try {
            IdentityHashMap<K, V> m = (IdentityHashMap<K, V>) super.clone();
            m.table = table.clone();
            return m;
        } catch (CloneNotSupportedException e) {
            throw new InternalError(e);
        }
    }

    /** Walks the occupied slots; kind 0 keys, 1 values, 2 entries. */
    private final class Slots<T> implements Iterator<T> {
        private final int kind;
        private int index = 0;
        private int lastReturned = -1;
        private int expectedModCount = modCount;
        /* the live table, or a snapshot once this iterator has removed something */
        private Object[] traversalTable = table;

        Slots(int kind) {
            this.kind = kind;
        }

        public boolean hasNext() {
            Object[] tab = traversalTable;
            for (; index < tab.length; index += 2)
                if (tab[index] != null)
                    return true;
            return false;
        }

        @SuppressWarnings("unchecked")
        public T next() {
            if (modCount != expectedModCount)
                throw new ConcurrentModificationException();
            if (!hasNext())
                throw new NoSuchElementException();
            lastReturned = index;
            index += 2;
            final int slot = lastReturned;
            if (kind == 0)
                return (T) unmaskNull(traversalTable[slot]);
            if (kind == 1)
                return (T) traversalTable[slot + 1];
            return (T) new AbstractMap.SimpleEntry<K, V>(IdentityHashMap.<K>unmaskNull(traversalTable[slot]),
                    (V) traversalTable[slot + 1]) {
                private static final long serialVersionUID = 1L;

                public V setValue(V value) {
                    super.setValue(value);
                    return IdentityHashMap.this.put(getKey(), value);
                }

                public boolean equals(Object o) {
                    if (!(o instanceof Map.Entry))
                        return false;
                    Map.Entry<?, ?> e = (Map.Entry<?, ?>) o;
                    return e.getKey() == getKey() && e.getValue() == getValue();
                }

                public int hashCode() {
                    return System.identityHashCode(getKey()) ^ System.identityHashCode(getValue());
                }
            };
        }

        public void remove() {
            if (lastReturned < 0)
                throw new IllegalStateException();
            if (modCount != expectedModCount)
                throw new ConcurrentModificationException();
            /*
             * Removal shifts entries of a probe run (possibly across the table's end): keep
             * walking a snapshot, so every remaining entry is still visited exactly once.
             */
            if (traversalTable == table)
                traversalTable = table.clone();
            IdentityHashMap.this.remove(unmaskNull(traversalTable[lastReturned]));
            expectedModCount = modCount;
            lastReturned = -1;
        }
    }

    public Set<K> keySet() {
        return new AbstractSet<K>() {
            public Iterator<K> iterator() {
                return new Slots<K>(0);
            }

            public int size() {
                return size;
            }

            public boolean contains(Object o) {
                return containsKey(o);
            }

            public boolean remove(Object o) {
                int oldSize = size;
                IdentityHashMap.this.remove(o);
                return size != oldSize;
            }

            public void clear() {
                IdentityHashMap.this.clear();
            }

            public int hashCode() {
                int result = 0;
                for (K key : this)
                    result += System.identityHashCode(key);
                return result;
            }
        };
    }

    public Collection<V> values() {
        return new AbstractCollection<V>() {
            public Iterator<V> iterator() {
                return new Slots<V>(1);
            }

            public int size() {
                return size;
            }

            public boolean contains(Object o) {
                return containsValue(o);
            }

            public void clear() {
                IdentityHashMap.this.clear();
            }
        };
    }

    public Set<Map.Entry<K, V>> entrySet() {
        return new AbstractSet<Map.Entry<K, V>>() {
            public Iterator<Map.Entry<K, V>> iterator() {
                return new Slots<Map.Entry<K, V>>(2);
            }

            public int size() {
                return size;
            }

            public boolean contains(Object o) {
                if (!(o instanceof Map.Entry))
                    return false;
                Map.Entry<?, ?> e = (Map.Entry<?, ?>) o;
                int i = indexOf(maskNull(e.getKey()));
                return i >= 0 && table[i + 1] == e.getValue();
            }

            public void clear() {
                IdentityHashMap.this.clear();
            }
        };
    }
}
