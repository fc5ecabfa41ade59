// java.util.Optional and its primitive cousins.
import java.util.*;

public class OptionalTest {
    public static void main(String[] args) {
        Optional<String> some = Optional.of("value"), none = Optional.empty();
        System.out.println(some + " " + none + " " + some.isPresent() + " " + none.isPresent() + " " + some.get());
        System.out.println(some.map(String::length) + " " + none.map(String::length) + " " + some.filter(s -> s.startsWith("x"))
            + " " + some.flatMap(s -> Optional.of(s + "!")) + " " + Optional.ofNullable(null) + " " + Optional.ofNullable("n"));
        System.out.println(none.orElse("else") + " " + none.orElseGet(() -> "got") + " " + some.orElse("unused"));
        some.ifPresent(s -> System.out.println("present " + s));
        none.ifPresent(s -> System.out.println("never"));
        try {
            none.get();
        } catch (NoSuchElementException e) {
            System.out.println(e.getMessage());
        }
        try {
            none.orElseThrow(() -> new IllegalStateException("custom"));
        } catch (IllegalStateException e) {
            System.out.println(e.getMessage());
        }
        try {
            Optional.of(null);
        } catch (NullPointerException e) {
            System.out.println("of(null): NPE");
        }
        System.out.println(some.equals(Optional.of("value")) + " " + none.equals(Optional.empty()) + " " + some.hashCode() + " " + none.hashCode());
        OptionalInt oi = OptionalInt.of(5);
        OptionalDouble od = OptionalDouble.empty();
        OptionalLong ol = OptionalLong.of(7L);
        System.out.println(oi + " " + od + " " + ol + " " + oi.getAsInt() + " " + od.orElse(1.5) + " " + ol.isPresent());
    }
}
