// Lambda/method-reference signature adaptation: boxing, unboxing, widening, varargs, generic
// bridges and return-type conversions done by the lambda metafactory.
import java.util.*;
import java.util.function.*;

public class LambdaAdaptation {
    static String join(String... parts) { return String.join("+", parts); }
    static long square(long x) { return x * x; }
    static Integer boxedLength(String s) { return s.length(); }
    static int sum3(int a, int b, int c) { return a + b + c; }

    interface IntToLongFn { long apply(int x); }
    interface ObjToObj { Object apply(Object o); }
    interface TriInt { int apply(Integer a, Integer b, Integer c); }
    interface VarargsUser { String apply(String a, String b); }

    public static void main(String[] args) {
        IntToLongFn widen = LambdaAdaptation::square;                 // int -> long parameter
        System.out.println(widen.apply(100000));
        Function<Integer, Long> boxWiden = x -> square(x);
        System.out.println(boxWiden.apply(3));
        ToIntFunction<String> unboxReturn = LambdaAdaptation::boxedLength;   // Integer -> int return
        System.out.println(unboxReturn.applyAsInt("four"));
        IntFunction<Integer> boxReturn = Integer::valueOf;
        System.out.println(boxReturn.apply(127) == boxReturn.apply(127));
        LongFunction<String> lts = Long::toString;
        System.out.println(lts.apply(-5L));
        TriInt unboxArgs = LambdaAdaptation::sum3;                    // Integer args -> int params
        System.out.println(unboxArgs.apply(1, 2, 3));
        VarargsUser va = LambdaAdaptation::join;                      // fixed arity -> varargs
        System.out.println(va.apply("a", "b"));
        Supplier<String> noArgs = LambdaAdaptation::join;
        System.out.println("[" + noArgs.get() + "]");
        ObjToObj generic = o -> o + "!";
        System.out.println(generic.apply(42));
        Function<String, Object> widerReturn = String::length;        // int -> Object (boxing)
        System.out.println(widerReturn.apply("abc").getClass().getName());
        BiFunction<String, Integer, Character> charAt = String::charAt;   // char -> Character
        System.out.println(charAt.apply("hello", 1));
        DoubleUnaryOperator abs = Math::abs;
        IntBinaryOperator max = Math::max;
        LongBinaryOperator lmax = Math::max;
        System.out.println(abs.applyAsDouble(-2.5) + " " + max.applyAsInt(3, 9) + " " + lmax.applyAsLong(-1, -2));
        Comparator<String> byLen = Comparator.comparingInt(String::length);
        List<String> l = new ArrayList<>(Arrays.asList("ccc", "a", "bb"));
        l.sort(byLen);
        System.out.println(l);
        Function<int[], Integer> len = arr -> arr.length;
        Function<Object[], String> deep = Arrays::toString;
        System.out.println(len.apply(new int[4]) + " " + deep.apply(new String[] {"x", "y"}));
        Runnable r = System.out::println;                            // println() with no args
        r.run();
        Consumer<Object> printer = System.out::println;
        printer.accept(3.5);
        Function<String, Integer> parse = Integer::new;
        System.out.println(parse.apply("77") + 1);
    }
}
