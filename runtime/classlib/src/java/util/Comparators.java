package java.util;

import java.io.Serializable;

/** The comparators behind Comparator.naturalOrder / nullsFirst / nullsLast. */
final class Comparators {
    private Comparators() {
    }

    static final Comparator<Comparable<Object>> NATURAL = new NaturalOrder();

    private static final class NaturalOrder implements Comparator<Comparable<Object>>, Serializable {
        private static final long serialVersionUID = 1L;

        public int compare(Comparable<Object> c1, Comparable<Object> c2) {
            return c1.compareTo(c2);
        }

        @SuppressWarnings({ "unchecked", "rawtypes" })
        public Comparator<Comparable<Object>> reversed() {
            return (Comparator) Collections.reverseOrder();
        }
    }

    static final class NullComparator<T> implements Comparator<T>, Serializable {
        private static final long serialVersionUID = 1L;
        private final boolean nullFirst;
        private final Comparator<T> real;

        @SuppressWarnings("unchecked")
        NullComparator(boolean nullFirst, Comparator<? super T> real) {
            this.nullFirst = nullFirst;
            this.real = (Comparator<T>) real;
        }

        public int compare(T a, T b) {
            if (a == null)
                return (b == null) ? 0 : (nullFirst ? -1 : 1);
            if (b == null)
                return nullFirst ? 1 : -1;
            return (real == null) ? 0 : real.compare(a, b);
        }

        public Comparator<T> thenComparing(Comparator<? super T> other) {
            Objects.requireNonNull(other);
            return new NullComparator<>(nullFirst, real == null ? other : real.thenComparing(other));
        }

        public Comparator<T> reversed() {
            return new NullComparator<>(!nullFirst, real == null ? null : real.reversed());
        }
    }
}
