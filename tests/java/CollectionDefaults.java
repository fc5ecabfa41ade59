// Java 8 default methods on Iterable/Collection/List/Map.
import java.util.*;

public class CollectionDefaults {
    public static void main(String[] args) {
        List<Integer> l = new ArrayList<>(Arrays.asList(5, 1, 4, 2, 3, 6));
        StringBuilder sb = new StringBuilder();
        l.forEach(x -> sb.append(x));
        System.out.println(sb);
        System.out.println(l.removeIf(x -> x % 2 == 0) + " " + l + " " + l.removeIf(x -> x > 100));
        l.replaceAll(x -> x * 10);
        l.sort(Comparator.reverseOrder());
        System.out.println(l);
        Map<String, List<Integer>> groups = new TreeMap<>();
        for (int i = 1; i <= 10; i++) groups.computeIfAbsent(i % 3 == 0 ? "three" : i % 2 == 0 ? "even" : "odd", k -> new ArrayList<>()).add(i);
        System.out.println(groups);
        Map<String, Integer> m = new TreeMap<>();
        for (String w : "a b a c b a".split(" ")) m.merge(w, 1, Integer::sum);
        System.out.println(m);
        m.forEach((k, v) -> System.out.print(k + "=" + v + ";"));
        System.out.println();
        m.replaceAll((k, v) -> v * 100);
        System.out.println(m + " " + m.getOrDefault("z", -1) + " " + m.remove("a", 1) + " " + m.remove("a", 300) + " " + m.replace("b", 200, 7) + " " + m);
        m.compute("c", (k, v) -> null);
        m.merge("b", 1, (a, b) -> null);
        System.out.println(m + " " + m.isEmpty());
        Set<String> s = new TreeSet<>(Arrays.asList("x", "yy", "zzz"));
        s.removeIf(w -> w.length() == 2);
        System.out.println(s);
        Deque<Integer> dq = new ArrayDeque<>(Arrays.asList(1, 2, 3));
        dq.forEach(x -> System.out.print(x * x + " "));
        System.out.println();
        Iterator<Integer> it = Arrays.asList(7, 8, 9).iterator();
        it.next();
        it.forEachRemaining(x -> System.out.print("r" + x));
        System.out.println();
    }
}
