package java.util;

import java.util.function.Consumer;
import java.util.function.Predicate;

/** A deque in a circular array that doubles when full; nulls are refused. */
public class ArrayDeque<E> extends AbstractCollection<E> implements Deque<E>, Cloneable, java.io.Serializable {
    private static final long serialVersionUID = 1L;
    transient Object[] elements;
    transient int head;
    transient int size;

    public ArrayDeque() {
        elements = new Object[16];
    }

    public ArrayDeque(int numElements) {
        elements = new Object[Math.max(1, numElements)];
    }

    public ArrayDeque(Collection<? extends E> c) {
        this(c.size());
        for (E e : c)
            addLast(e);
    }

    private int index(int i) {
        int n = head + i;
        return n >= elements.length ? n - elements.length : n;
    }

    private void growIfFull() {
        if (size < elements.length)
            return;
        int cap = elements.length;
        int newCap = cap < 64 ? cap * 2 + 2 : cap + (cap >> 1);
        if (newCap < 0)
            throw new IllegalStateException("Sorry, deque too big");
        Object[] a = new Object[newCap];
        for (int i = 0; i < size; i++)
            a[i] = elements[index(i)];
        elements = a;
        head = 0;
    }

    public void addFirst(E e) {
        if (e == null)
            throw new NullPointerException();
        growIfFull();
        head = head == 0 ? elements.length - 1 : head - 1;
        elements[head] = e;
        size++;
    }

    public void addLast(E e) {
        if (e == null)
            throw new NullPointerException();
        growIfFull();
        elements[index(size)] = e;
        size++;
    }

    public boolean addAll(Collection<? extends E> c) {
        boolean changed = false;
        for (E e : c) {
            addLast(e);
            changed = true;
        }
        return changed;
    }

    public boolean offerFirst(E e) {
        addFirst(e);
        return true;
    }

    public boolean offerLast(E e) {
        addLast(e);
        return true;
    }

    public E removeFirst() {
        E e = pollFirst();
        if (e == null)
            throw new NoSuchElementException();
        return e;
    }

    public E removeLast() {
        E e = pollLast();
        if (e == null)
            throw new NoSuchElementException();
        return e;
    }

    @SuppressWarnings("unchecked")
    public E pollFirst() {
        if (size == 0)
            return null;
        E e = (E) elements[head];
        elements[head] = null;
        head = index(1);
        if (--size == 0)
            head = 0;
        return e;
    }

    @SuppressWarnings("unchecked")
    public E pollLast() {
        if (size == 0)
            return null;
        int t = index(size - 1);
        E e = (E) elements[t];
        elements[t] = null;
        size--;
        return e;
    }

    public E getFirst() {
        E e = peekFirst();
        if (e == null)
            throw new NoSuchElementException();
        return e;
    }

    public E getLast() {
        E e = peekLast();
        if (e == null)
            throw new NoSuchElementException();
        return e;
    }

    @SuppressWarnings("unchecked")
    public E peekFirst() {
        return size == 0 ? null : (E) elements[head];
    }

    @SuppressWarnings("unchecked")
    public E peekLast() {
        return size == 0 ? null : (E) elements[index(size - 1)];
    }

    public boolean removeFirstOccurrence(Object o) {
        if (o != null) {
            for (int i = 0; i < size; i++) {
                if (o.equals(elements[index(i)])) {
                    delete(i);
                    return true;
                }
            }
        }
        return false;
    }

    public boolean removeLastOccurrence(Object o) {
        if (o != null) {
            for (int i = size - 1; i >= 0; i--) {
                if (o.equals(elements[index(i)])) {
                    delete(i);
                    return true;
                }
            }
        }
        return false;
    }

    /* Removes the i-th element (logical index), closing the gap. */
    void delete(int i) {
        for (int k = i; k < size - 1; k++)
            elements[index(k)] = elements[index(k + 1)];
        elements[index(size - 1)] = null;
        size--;
        if (size == 0)
            head = 0;
    }

    public boolean add(E e) {
        addLast(e);
        return true;
    }

    public boolean offer(E e) {
        return offerLast(e);
    }

    public E remove() {
        return removeFirst();
    }

    public E poll() {
        return pollFirst();
    }

    public E element() {
        return getFirst();
    }

    public E peek() {
        return peekFirst();
    }

    public void push(E e) {
        addFirst(e);
    }

    public E pop() {
        return removeFirst();
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public Iterator<E> iterator() {
        return new DeqIterator(false);
    }

    public Iterator<E> descendingIterator() {
        return new DeqIterator(true);
    }

    private final class DeqIterator implements Iterator<E> {
        private final boolean descending;
        private int next;
        private int lastRet = -1;
        private int expectedSize = size;

        DeqIterator(boolean descending) {
            this.descending = descending;
            next = descending ? size - 1 : 0;
        }

        public boolean hasNext() {
            return descending ? next >= 0 : next < size;
        }

        @SuppressWarnings("unchecked")
        public E next() {
            if (expectedSize != size)
                throw new ConcurrentModificationException();
            if (!hasNext())
                throw new NoSuchElementException();
            lastRet = next;
            next += descending ? -1 : 1;
            return (E) elements[index(lastRet)];
        }

        public void remove() {
            if (lastRet < 0)
                throw new IllegalStateException();
            delete(lastRet);
            if (!descending)
                next--;
            lastRet = -1;
            expectedSize = size;
        }
    }

    public boolean contains(Object o) {
        if (o != null)
            for (int i = 0; i < size; i++)
                if (o.equals(elements[index(i)]))
                    return true;
        return false;
    }

    public boolean remove(Object o) {
        return removeFirstOccurrence(o);
    }

    public void clear() {
        for (int i = 0; i < size; i++)
            elements[index(i)] = null;
        head = size = 0;
    }

    public Object[] toArray() {
        Object[] a = new Object[size];
        for (int i = 0; i < size; i++)
            a[i] = elements[index(i)];
        return a;
    }

    @SuppressWarnings("unchecked")
    public <T> T[] toArray(T[] a) {
        if (a.length < size)
            a = Arrays.newArray(a, size);
        for (int i = 0; i < size; i++)
            a[i] = (T) elements[index(i)];
        if (a.length > size)
            a[size] = null;
        return a;
    }

    @SuppressWarnings("unchecked")
    public void forEach(Consumer<? super E> action) {
        Objects.requireNonNull(action);
        for (int i = 0; i < size; i++)
            action.accept((E) elements[index(i)]);
    }

    @SuppressWarnings("unchecked")
    public boolean removeIf(Predicate<? super E> filter) {
        Objects.requireNonNull(filter);
        Object[] kept = new Object[elements.length];
        int n = 0;
        for (int i = 0; i < size; i++) {
            E e = (E) elements[index(i)];
            if (!filter.test(e))
                kept[n++] = e;
        }
        if (n == size)
            return false;
        elements = kept;
        head = 0;
        size = n;
        return true;
    }

    @SuppressWarnings("unchecked")
    public ArrayDeque<E> clone() {
        try {
            ArrayDeque<E> result = (ArrayDeque<E>) super.clone();
            result.elements = Arrays.copyOf(elements, elements.length);
            return result;
        } catch (CloneNotSupportedException e) {
            throw new AssertionError();
        }
    }
}
