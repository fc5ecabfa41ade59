// java.util.function: composition and the primitive specializations.
import java.util.Comparator;
import java.util.function.*;

public class FunctionalInterfaces {
    public static void main(String[] args) {
        Function<Integer, Integer> inc = x -> x + 1, dbl = x -> x * 2;
        System.out.println(inc.andThen(dbl).apply(5) + " " + inc.compose(dbl).apply(5) + " " + Function.<Integer>identity().apply(9));
        BiFunction<Integer, Integer, Integer> mul = (a, b) -> a * b;
        System.out.println(mul.andThen(inc).apply(3, 4));
        Supplier<String> sup = () -> "supplied";
        System.out.println(sup.get());
        StringBuilder log = new StringBuilder();
        Consumer<String> c1 = s -> log.append("1").append(s);
        Consumer<String> c2 = s -> log.append("2").append(s);
        c1.andThen(c2).accept("x");
        System.out.println(log);
        BiConsumer<String, Integer> bc = (s, i) -> log.append(s).append(i);
        bc.accept("-", 7);
        System.out.println(log);
        Predicate<Integer> even = x -> x % 2 == 0, pos = x -> x > 0;
        System.out.println(even.and(pos).test(4) + " " + even.and(pos).test(-4) + " " + even.or(pos).test(-3)
            + " " + even.negate().test(3) + " " + Predicate.isEqual("a").test("a") + " " + Predicate.isEqual(null).test(null));
        UnaryOperator<String> up = String::toUpperCase;
        System.out.println(up.apply("unary") + " " + UnaryOperator.<String>identity().apply("id"));
        BinaryOperator<Integer> minBy = BinaryOperator.minBy(Comparator.naturalOrder());
        BinaryOperator<String> maxBy = BinaryOperator.maxBy(Comparator.comparing(String::length));
        System.out.println(minBy.apply(3, 2) + " " + maxBy.apply("aa", "b"));
        IntBinaryOperator ib = (a, b) -> a % b;
        IntUnaryOperator iu = x -> -x;
        IntPredicate ip = x -> x > 10;
        IntFunction<String> ifn = Integer::toBinaryString;
        ToIntFunction<String> tif = String::length;
        IntToLongFunction itl = x -> (long) x * x;
        System.out.println(ib.applyAsInt(17, 5) + " " + iu.andThen(x -> x * 10).applyAsInt(3) + " " + ip.or(x -> x < 0).test(-1)
            + " " + ifn.apply(10) + " " + tif.applyAsInt("four") + " " + itl.applyAsLong(100000));
        LongBinaryOperator lb = Long::max;
        DoubleUnaryOperator du = Math::sqrt;
        DoubleBinaryOperator db = (a, b) -> a / b;
        ToDoubleFunction<Integer> tdf = Integer::doubleValue;
        LongSupplier ls = () -> Long.MAX_VALUE;
        BooleanSupplier bs = () -> true;
        DoubleSupplier ds = () -> 0.5;
        IntConsumer ic = x -> log.append('#').append(x);
        ic.andThen(x -> log.append('!')).accept(5);
        ObjIntConsumer<String> oic = (s, i) -> log.append(s).append(i);
        oic.accept("o", 1);
        System.out.println(lb.applyAsLong(3, 9) + " " + du.applyAsDouble(16) + " " + db.applyAsDouble(1, 4) + " " + tdf.applyAsDouble(3)
            + " " + ls.getAsLong() + " " + bs.getAsBoolean() + " " + ds.getAsDouble() + " " + log);
        ToIntBiFunction<String, String> tib = (a, b) -> a.length() + b.length();
        BiPredicate<String, Integer> bp = (s, n) -> s.length() == n;
        System.out.println(tib.applyAsInt("ab", "cde") + " " + bp.test("abc", 3) + " " + bp.negate().test("abc", 3));
        DoubleFunction<String> dfn = d -> "d" + d;
        LongFunction<Long> lfn = l -> l + 1;
        IntSupplier is = () -> 42;
        System.out.println(dfn.apply(1.5) + " " + lfn.apply(41L) + " " + is.getAsInt());
    }
}
