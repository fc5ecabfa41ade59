// Lambdas: capturing and non-capturing, instance capture, nested, recursion, identity of results.
import java.util.ArrayList;
import java.util.List;
import java.util.function.*;

public class Lambdas {
    interface Marker { }

    interface TriFunction { int apply(int a, int b, int c); }

    private int base = 100;
    static Function<Integer, Integer> fact;

    IntSupplier baseSupplier() { return () -> base; }
    IntUnaryOperator adder() { return x -> x + base + this.base; }

    public static void main(String[] args) {
        Runnable r = () -> System.out.println("run");
        r.run();
        BinaryOperator<Integer> add = (a, b) -> a + b;
        System.out.println(add.apply(2, 3));
        TriFunction tri = (a, b, c) -> a * b + c;
        System.out.println(tri.apply(3, 4, 5));
        int captured = 7;
        String prefix = "p";
        Function<String, String> cap = s -> prefix + s + captured;
        System.out.println(cap.apply("-x-"));
        Lambdas l = new Lambdas();
        IntSupplier bs = l.baseSupplier();
        l.base = 5;
        System.out.println(bs.getAsInt() + " " + l.adder().applyAsInt(1));
        fact = n -> n <= 1 ? 1 : n * fact.apply(n - 1);
        System.out.println(fact.apply(10));
        Supplier<Supplier<String>> nested = () -> () -> "nested";
        System.out.println(nested.get().get());
        List<Runnable> rs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            final int j = i;
            rs.add(() -> System.out.print(j + " "));
        }
        for (Runnable x : rs) x.run();
        System.out.println();
        Function<Integer, Function<Integer, Integer>> curried = a -> b -> a - b;
        System.out.println(curried.apply(10).apply(3));
        Comparable<String> cmp = s -> s.length();
        System.out.println(cmp.compareTo("four"));
        Callback cb = new Callback();
        cb.register(msg -> System.out.println("got " + msg));
        cb.fire("event");
        long[] counter = {0};
        Runnable inc = () -> counter[0]++;
        for (int i = 0; i < 1000; i++) inc.run();
        System.out.println(counter[0]);
        Object o = (Runnable & Marker) () -> { };   // intersection cast: altMetafactory with a marker
        System.out.println((o instanceof Runnable) + " " + (o instanceof Marker));
        BiFunction<Double, Double, Double> pow = Math::pow;
        System.out.println(pow.apply(2.0, 8.0));
        Predicate<String> empty = String::isEmpty;
        System.out.println(empty.test("") + " " + empty.negate().test(""));
    }

    static class Callback {
        private Consumer<String> listener = s -> { };
        void register(Consumer<String> c) { listener = listener.andThen(c); }
        void fire(String m) { listener.accept(m); }
    }
}
