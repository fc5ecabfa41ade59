// Lambdas and method references inside interface default and static methods (javac puts the
// bodies into private synthetic interface methods).
import java.util.function.*;

public class LambdaInInterface {
    interface Named {
        String name();
        default Supplier<String> greeter(String greeting) { return () -> greeting + ", " + name(); }
        default Function<Integer, String> repeater() { return n -> { StringBuilder sb = new StringBuilder(); for (int i = 0; i < n; i++) sb.append(name()); return sb.toString(); }; }
        static Named of(String n) { return () -> n; }
        static Supplier<Named> lazy(String n) { return () -> of(n.toUpperCase()); }
    }

    interface Chain extends Named {
        default Supplier<String> both() { return () -> greeter("hey").get() + "|" + Named.super.greeter("yo").get(); }
        @Override default Supplier<String> greeter(String g) { return () -> "[" + g + " " + name() + "]"; }
    }

    public static void main(String[] args) {
        Named n = Named.of("ann");
        System.out.println(n.greeter("hello").get());
        System.out.println(n.repeater().apply(3));
        System.out.println(Named.lazy("bob").get().name());
        Chain c = () -> "cid";
        System.out.println(c.both().get());
        Function<Named, String> ref = Named::name;
        System.out.println(ref.apply(c) + " " + ref.apply(n));
    }
}
