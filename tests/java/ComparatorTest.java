// java.util.Comparator combinators and List.sort stability.
import java.util.*;

public class ComparatorTest {
    static class P {
        final String name; final int age; final String city;
        P(String n, int a, String c) { name = n; age = a; city = c; }
        String getName() { return name; }
        int getAge() { return age; }
        String getCity() { return city; }
        public String toString() { return name + "/" + age + "/" + city; }
    }

    public static void main(String[] args) {
        List<P> ps = new ArrayList<>(Arrays.asList(new P("ann", 30, "oslo"), new P("bob", 25, "rome"), new P("cid", 30, "rome"),
            new P("dan", 25, "oslo"), new P("eve", 35, null), new P("fay", 30, "oslo")));
        ps.sort(Comparator.comparing(P::getAge));
        System.out.println(ps);
        ps.sort(Comparator.comparing(P::getAge).reversed().thenComparing(P::getName, Comparator.reverseOrder()));
        System.out.println(ps);
        ps.sort(Comparator.comparing(P::getCity, Comparator.nullsFirst(Comparator.naturalOrder())).thenComparingInt(P::getAge));
        System.out.println(ps);
        ps.sort(Comparator.comparing(P::getCity, Comparator.nullsLast(Comparator.<String>reverseOrder())));
        System.out.println(ps);
        List<String> words = new ArrayList<>(Arrays.asList("pear", "Fig", "apple", "kiwi", "Date", "banana"));
        words.sort(null);
        System.out.println(words);
        words.sort(String.CASE_INSENSITIVE_ORDER);
        System.out.println(words);
        words.sort(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()));
        System.out.println(words);
        Comparator<Integer> nat = Comparator.naturalOrder();
        System.out.println(nat.compare(1, 2) + " " + nat.reversed().compare(1, 2) + " " + Comparator.<Integer>reverseOrder().compare(1, 2)
            + " " + Comparator.comparingDouble((Double d) -> -d).compare(1.0, 2.0) + " " + Comparator.comparingLong((Long l) -> l).compare(5L, 5L));
        Integer[] arr = {5, 3, 9, 1};
        Arrays.sort(arr, Comparator.comparing(x -> x % 3));
        System.out.println(Arrays.toString(arr));
    }
}
