package java.util;

/**
 * The synchronized hash table of Java 1.0; null keys and values are refused. Its order is
 * observable and differs from HashMap's: bucket = (hash & 0x7FFFFFFF) % capacity, new entries
 * at the head of a bucket, capacity 11 growing to 2n+1 when count reaches the threshold, and
 * iteration from the last bucket down to the first.
 */
public class Hashtable<K, V> extends Dictionary<K, V> implements Map<K, V>, Cloneable, java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private static final int MAX_ARRAY_SIZE = Integer.MAX_VALUE - 8;

    private static final class Entry<K, V> implements Map.Entry<K, V> {
        final int hash;
        final K key;
        V value;
        Entry<K, V> next;

        Entry(int hash, K key, V value, Entry<K, V> next) {
            this.hash = hash;
            this.key = key;
            this.value = value;
            this.next = next;
        }

        public K getKey() {
            return key;
        }

        public V getValue() {
            return value;
        }

        public V setValue(V value) {
            if (value == null)
                throw new NullPointerException();
            V oldValue = this.value;
            this.value = value;
            return oldValue;
        }

        public boolean equals(Object o) {
            if (!(o instanceof Map.Entry))
                return false;
            Map.Entry<?, ?> e = (Map.Entry<?, ?>) o;
            return (key == null ? e.getKey() == null : key.equals(e.getKey()))
                    && (value == null ? e.getValue() == null : value.equals(e.getValue()));
        }

        public int hashCode() {
            return hash ^ Objects.hashCode(value);
        }

        public String toString() {
            return key.toString() + "=" + value.toString();
        }
    }

    private transient Entry<?, ?>[] table;
    private transient int count;
    private int threshold;
    private final float loadFactor;
    private transient int modCount = 0;

    public Hashtable(int initialCapacity, float loadFactor) {
        if (initialCapacity < 0)
            throw new IllegalArgumentException("Illegal Capacity: " + initialCapacity);
        if (loadFactor <= 0 || Float.isNaN(loadFactor))
            throw new IllegalArgumentException("Illegal Load: " + loadFactor);
        if (initialCapacity == 0)
            initialCapacity = 1;
        this.loadFactor = loadFactor;
        table = new Entry<?, ?>[initialCapacity];
        threshold = (int) Math.min(initialCapacity * loadFactor, MAX_ARRAY_SIZE + 1);
    }

    public Hashtable(int initialCapacity) {
        this(initialCapacity, 0.75f);
    }

    public Hashtable() {
        this(11, 0.75f);
    }

    public Hashtable(Map<? extends K, ? extends V> t) {
        this(Math.max(2 * t.size(), 11), 0.75f);
        putAll(t);
    }

    private static int bucket(int hash, int length) {
        return (hash & 0x7FFFFFFF) % length;
    }

    public synchronized int size() {
        return count;
    }

    public synchronized boolean isEmpty() {
        return count == 0;
    }

    public synchronized Enumeration<K> keys() {
        return new Walker<K>(KEYS);
    }

    public synchronized Enumeration<V> elements() {
        return new Walker<V>(VALUES);
    }

    public synchronized boolean contains(Object value) {
        if (value == null)
            throw new NullPointerException();
        Entry<?, ?>[] tab = table;
        for (int i = tab.length; i-- > 0;)
            for (Entry<?, ?> e = tab[i]; e != null; e = e.next)
                if (e.value.equals(value))
                    return true;
        return false;
    }

    public boolean containsValue(Object value) {
        return contains(value);
    }

    public synchronized boolean containsKey(Object key) {
        return getEntry(key) != null;
    }

    @SuppressWarnings("unchecked")
    private Entry<K, V> getEntry(Object key) {
        Entry<?, ?>[] tab = table;
        int hash = key.hashCode();
        for (Entry<?, ?> e = tab[bucket(hash, tab.length)]; e != null; e = e.next)
            if ((e.hash == hash) && e.key.equals(key))
                return (Entry<K, V>) e;
        return null;
    }

    public synchronized V get(Object key) {
        Entry<K, V> e = getEntry(key);
        return e == null ? null : e.value;
    }

    /* Twice the capacity plus one; entries move to the head of their new buckets. */
    @SuppressWarnings("unchecked")
    protected void rehash() {
        int oldCapacity = table.length;
        Entry<?, ?>[] oldMap = table;
        int newCapacity = (oldCapacity << 1) + 1;
        if (newCapacity - MAX_ARRAY_SIZE > 0) {
            if (oldCapacity == MAX_ARRAY_SIZE)
                return;
            newCapacity = MAX_ARRAY_SIZE;
        }
        Entry<?, ?>[] newMap = new Entry<?, ?>[newCapacity];
        modCount++;
        threshold = (int) Math.min(newCapacity * loadFactor, MAX_ARRAY_SIZE + 1);
        table = newMap;
        for (int i = oldCapacity; i-- > 0;) {
            for (Entry<K, V> old = (Entry<K, V>) oldMap[i]; old != null;) {
                Entry<K, V> e = old;
                old = old.next;
                int index = bucket(e.hash, newCapacity);
                e.next = (Entry<K, V>) newMap[index];
                newMap[index] = e;
            }
        }
    }

    @SuppressWarnings("unchecked")
    private void addEntry(int hash, K key, V value, int index) {
        Entry<?, ?>[] tab = table;
        if (count >= threshold) {
            rehash();
            tab = table;
            hash = key.hashCode();
            index = bucket(hash, tab.length);
        }
        tab[index] = new Entry<>(hash, key, value, (Entry<K, V>) tab[index]);
        count++;
        modCount++;
    }

    @SuppressWarnings("unchecked")
    public synchronized V put(K key, V value) {
        if (value == null)
            throw new NullPointerException();
        Entry<?, ?>[] tab = table;
        int hash = key.hashCode();
        int index = bucket(hash, tab.length);
        for (Entry<K, V> e = (Entry<K, V>) tab[index]; e != null; e = e.next) {
            if ((e.hash == hash) && e.key.equals(key)) {
                V old = e.value;
                e.value = value;
                return old;
            }
        }
        addEntry(hash, key, value, index);
        return null;
    }

    @SuppressWarnings("unchecked")
    public synchronized V remove(Object key) {
        Entry<?, ?>[] tab = table;
        int hash = key.hashCode();
        int index = bucket(hash, tab.length);
        Entry<K, V> e = (Entry<K, V>) tab[index];
        for (Entry<K, V> prev = null; e != null; prev = e, e = e.next) {
            if ((e.hash == hash) && e.key.equals(key)) {
                if (prev != null)
                    prev.next = e.next;
                else
                    tab[index] = e.next;
                modCount++;
                count--;
                V oldValue = e.value;
                e.value = null;
                return oldValue;
            }
        }
        return null;
    }

    public synchronized void putAll(Map<? extends K, ? extends V> t) {
        for (Map.Entry<? extends K, ? extends V> e : t.entrySet())
            put(e.getKey(), e.getValue());
    }

    public synchronized void clear() {
        Entry<?, ?>[] tab = table;
        for (int index = tab.length; --index >= 0;)
            tab[index] = null;
        modCount++;
        count = 0;
    }

    @SuppressWarnings("unchecked")
    public synchronized Object clone() {
        try {
            Hashtable<K, V> t = (Hashtable<K, V>) super.clone();
            t.table = new Entry<?, ?>[table.length];
            for (int i = table.length; i-- > 0;) {
                /* copy each chain keeping its order */
                Entry<K, V> head = null, tail = null;
                for (Entry<K, V> e = (Entry<K, V>) table[i]; e != null; e = e.next) {
                    Entry<K, V> c = new Entry<>(e.hash, e.key, e.value, null);
                    if (tail == null)
                        head = c;
                    else
                        tail.next = c;
                    tail = c;
                }
                t.table[i] = head;
            }
            t.keySet = null;
            t.entrySet = null;
            t.values = null;
            t.modCount = 0;
            return t;
        } catch (CloneNotSupportedException e) {
            throw new InternalError(e);
        }
    }

    public synchronized String toString() {
        int max = size() - 1;
        if (max == -1)
            return "{}";
        StringBuilder sb = new StringBuilder();
        Iterator<Map.Entry<K, V>> it = entrySet().iterator();
        sb.append('{');
        for (int i = 0;; i++) {
            Map.Entry<K, V> e = it.next();
            K key = e.getKey();
            V value = e.getValue();
            sb.append(key == this ? "(this Map)" : key.toString());
            sb.append('=');
            sb.append(value == this ? "(this Map)" : value.toString());
            if (i == max)
                return sb.append('}').toString();
            sb.append(", ");
        }
    }

    private transient volatile Set<K> keySet;
    private transient volatile Set<Map.Entry<K, V>> entrySet;
    private transient volatile Collection<V> values;

    public Set<K> keySet() {
        if (keySet == null)
            keySet = Collections.synchronizedSet(new View<K>(KEYS), this);
        return keySet;
    }

    public Set<Map.Entry<K, V>> entrySet() {
        if (entrySet == null)
            entrySet = Collections.synchronizedSet(new View<Map.Entry<K, V>>(ENTRIES), this);
        return entrySet;
    }

    public Collection<V> values() {
        if (values == null)
            values = Collections.synchronizedCollection(new View<V>(VALUES), this);
        return values;
    }

    /* One view class for keys, values and entries; only sets use equals/hashCode. */
    private final class View<T> extends AbstractSet<T> {
        private final int kind;

        View(int kind) {
            this.kind = kind;
        }

        public Iterator<T> iterator() {
            return new Walker<T>(kind);
        }

        public int size() {
            return count;
        }

        public boolean contains(Object o) {
            if (kind == KEYS)
                return containsKey(o);
            if (kind == VALUES)
                return containsValue(o);
            if (!(o instanceof Map.Entry))
                return false;
            Map.Entry<?, ?> e = (Map.Entry<?, ?>) o;
            Entry<K, V> mine = getEntry(e.getKey());
            return mine != null && mine.equals(e);
        }

        public boolean remove(Object o) {
            if (kind == KEYS)
                return Hashtable.this.remove(o) != null;
            return super.remove(o);
        }

        public void clear() {
            Hashtable.this.clear();
        }
    }

    public synchronized boolean equals(Object o) {
        if (o == this)
            return true;
        if (!(o instanceof Map))
            return false;
        Map<?, ?> t = (Map<?, ?>) o;
        if (t.size() != size())
            return false;
        try {
            for (Map.Entry<K, V> e : entrySet()) {
                K key = e.getKey();
                V value = e.getValue();
                if (value == null) {
                    if (!(t.get(key) == null && t.containsKey(key)))
                        return false;
                } else if (!value.equals(t.get(key))) {
                    return false;
                }
            }
        } catch (ClassCastException | NullPointerException unused) {
            return false;
        }
        return true;
    }

    public synchronized int hashCode() {
        int h = 0;
        for (Entry<?, ?> e : table)
            for (; e != null; e = e.next)
                h += e.hashCode();
        return h;
    }

    public synchronized V getOrDefault(Object key, V defaultValue) {
        V result = get(key);
        return (null == result) ? defaultValue : result;
    }

    private static final int KEYS = 0, VALUES = 1, ENTRIES = 2;

    /** Walks the buckets from the last to the first; both Enumeration and Iterator. */
    private final class Walker<T> implements Enumeration<T>, Iterator<T> {
        final Entry<?, ?>[] tab = Hashtable.this.table;
        int index = tab.length;
        Entry<?, ?> entry;
        Entry<?, ?> lastReturned;
        final int kind;
        int expectedModCount = modCount;

        Walker(int kind) {
            this.kind = kind;
        }

        public boolean hasMoreElements() {
            Entry<?, ?> e = entry;
            int i = index;
            while (e == null && i > 0)
                e = tab[--i];
            entry = e;
            index = i;
            return e != null;
        }

        @SuppressWarnings("unchecked")
        public T nextElement() {
            Entry<?, ?> et = entry;
            int i = index;
            while (et == null && i > 0)
                et = tab[--i];
            entry = et;
            index = i;
            if (et == null)
                throw new NoSuchElementException("Hashtable Enumerator");
            Entry<?, ?> e = lastReturned = entry;
            entry = e.next;
            return kind == KEYS ? (T) e.key : (kind == VALUES ? (T) e.value : (T) e);
        }

        public boolean hasNext() {
            return hasMoreElements();
        }

        public T next() {
            if (modCount != expectedModCount)
                throw new ConcurrentModificationException();
            return nextElement();
        }

        public void remove() {
            if (lastReturned == null)
                throw new IllegalStateException("Hashtable Enumerator");
            if (modCount != expectedModCount)
                throw new ConcurrentModificationException();
            synchronized (Hashtable.this) {
                Hashtable.this.remove(lastReturned.key);
                expectedModCount = modCount;
                lastReturned = null;
            }
        }
    }
}
