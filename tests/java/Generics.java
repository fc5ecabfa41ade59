// Generics: bounded types, generic methods, wildcards, bridge methods, heap pollution CCE.
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

public class Generics {
    static class Box<T extends Comparable<T>> implements Comparable<Box<T>> {
        final T value;
        Box(T value) { this.value = value; }
        public int compareTo(Box<T> o) { return value.compareTo(o.value); }
        @Override public String toString() { return "Box(" + value + ")"; }
    }

    static class Pair<A, B> {
        final A first; final B second;
        Pair(A a, B b) { first = a; second = b; }
        <C> Pair<A, C> withSecond(C c) { return new Pair<>(first, c); }
        Pair<B, A> swap() { return new Pair<>(second, first); }
        public String toString() { return "(" + first + ", " + second + ")"; }
    }

    static <T extends Comparable<? super T>> T max(List<? extends T> list) {
        T best = list.get(0);
        for (T t : list) if (t.compareTo(best) > 0) best = t;
        return best;
    }

    static double sum(List<? extends Number> nums) {
        double s = 0;
        for (Number n : nums) s += n.doubleValue();
        return s;
    }

    static void fill(List<? super Integer> sink, int n) {
        for (int i = 0; i < n; i++) sink.add(i);
    }

    interface Transformer<F, T> { T apply(F from); }

    static class Lengther implements Transformer<String, Integer> {
        public Integer apply(String s) { return s.length(); }   // bridge method apply(Object)
    }

    @SuppressWarnings("unchecked")
    public static void main(String[] args) {
        System.out.println(max(Arrays.asList(3, 9, 2)) + " " + max(Arrays.asList("pear", "apple", "zoo")));
        System.out.println(max(Arrays.asList(new Box<>(1.5), new Box<>(-2.0))));
        System.out.println(sum(Arrays.asList(1, 2.5, 3L)));
        List<Object> sink = new ArrayList<>();
        fill(sink, 4);
        System.out.println(sink);
        Pair<String, Integer> p = new Pair<>("a", 1);
        System.out.println(p + " " + p.swap() + " " + p.withSecond(2.5));
        Transformer<String, Integer> t = new Lengther();
        System.out.println(t.apply("hello"));
        Transformer raw = t;
        try {
            raw.apply(42);
        } catch (ClassCastException e) {
            System.out.println("bridge cast: CCE");
        }
        List<String> strings = new ArrayList<>();
        List rawList = strings;
        rawList.add(7);
        try {
            String s = strings.get(0);
            System.out.println(s);
        } catch (ClassCastException e) {
            System.out.println("heap pollution: CCE");
        }
        Object o = strings.get(0);
        System.out.println(o);
        Comparable<Box<Double>> cb = new Box<>(1.0);
        System.out.println(cb.compareTo(new Box<>(2.0)));
    }
}
