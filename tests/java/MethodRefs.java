// Method references: static, bound, unbound, constructor, array constructor, super and this.
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.*;

public class MethodRefs {
    static int twice(int x) { return 2 * x; }

    static class Person {
        final String name;
        Person(String name) { this.name = name; }
        Person() { this("anonymous"); }
        String greet(String other) { return name + " greets " + other; }
        String getName() { return name; }
        public String toString() { return "Person(" + name + ")"; }
    }

    static class Base { String who() { return "base"; } }

    static class Derived extends Base {
        String who() { return "derived"; }
        Supplier<String> superRef() { return super::who; }
        Supplier<String> thisRef() { return this::who; }
    }

    public static void main(String[] args) {
        IntUnaryOperator st = MethodRefs::twice;
        System.out.println(st.applyAsInt(21));
        Function<String, Integer> parse = Integer::parseInt;
        System.out.println(parse.apply("123") + 1);
        Person alice = new Person("Alice");
        Function<String, String> bound = alice::greet;
        System.out.println(bound.apply("Bob"));
        BiFunction<Person, String, String> unbound = Person::greet;
        System.out.println(unbound.apply(new Person("Carol"), "Dan"));
        Function<Person, String> getter = Person::getName;
        System.out.println(getter.apply(alice));
        Function<String, Person> ctor = Person::new;
        Supplier<Person> noArg = Person::new;
        System.out.println(ctor.apply("Eve") + " " + noArg.get());
        IntFunction<int[]> arr = int[]::new;
        System.out.println(arr.apply(5).length);
        Function<Integer, String[]> sarr = String[]::new;
        System.out.println(sarr.apply(3).length);
        Derived d = new Derived();
        System.out.println(d.superRef().get() + " " + d.thisRef().get());
        String s = "bound-string";
        Supplier<Integer> len = s::length;
        System.out.println(len.get());
        List<String> names = new ArrayList<>(Arrays.asList("zed", "amy", "Bob"));
        names.sort(String::compareToIgnoreCase);
        System.out.println(names);
        names.forEach(System.out::println);
        Function<String, String> upper = String::toUpperCase;
        System.out.println(upper.andThen(x -> x + "!").apply("hey"));
        BiPredicate<String, String> eq = String::equals;
        System.out.println(eq.test("a", "a") + " " + eq.test("a", "b"));
        Supplier<List<String>> listMaker = ArrayList::new;
        List<String> made = listMaker.get();
        made.add("made");
        System.out.println(made);
        ToIntFunction<String> hc = Object::hashCode;
        System.out.println(hc.applyAsInt("abc"));
        try {
            Person nobody = null;
            Supplier<String> npe = nobody::getName;
            System.out.println(npe.get());
        } catch (NullPointerException e) {
            System.out.println("bound null receiver: NPE");
        }
    }
}
