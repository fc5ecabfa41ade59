// java.util.TreeSet: sorting, navigation, ranges, comparators.
import java.util.*;

public class TreeSetTest {
    public static void main(String[] args) {
        TreeSet<Integer> t = new TreeSet<>(Arrays.asList(50, 20, 80, 10, 30, 70, 90, 20, 60));
        System.out.println(t + " " + t.size() + " " + t.first() + " " + t.last());
        System.out.println(t.floor(25) + " " + t.ceiling(25) + " " + t.higher(30) + " " + t.lower(10) + " " + t.floor(5));
        System.out.println(t.headSet(50) + " " + t.tailSet(50) + " " + t.subSet(20, 70) + " " + t.subSet(20, false, 70, true));
        System.out.println(t.descendingSet() + " " + t.pollFirst() + " " + t.pollLast() + " " + t);
        TreeSet<String> byLen = new TreeSet<>(Comparator.comparing(String::length).thenComparing(Comparator.reverseOrder()));
        byLen.addAll(Arrays.asList("ccc", "a", "bb", "aa", "b", "dddd", "abc"));
        System.out.println(byLen);
        SortedSet<String> head = byLen.headSet("bb");
        System.out.println(head + " " + byLen.comparator().compare("x", "yy"));
        TreeSet<String> words = new TreeSet<>();
        for (String w : "It was the best of times it was the worst of times".split(" ")) words.add(w);
        System.out.println(words);
        Iterator<Integer> d = t.descendingIterator();
        System.out.println(d.next() + " " + d.next());
        System.out.println(t.remove(50) + " " + t.remove(50) + " " + t.contains(30) + " " + t);
    }
}
