// java.util.TreeMap: sorted order, navigation, views, custom comparators.
import java.util.*;

public class TreeMapTest {
    public static void main(String[] args) {
        TreeMap<String, Integer> t = new TreeMap<>();
        for (String s : "pear apple fig banana cherry date elderberry grape".split(" ")) t.put(s, s.length());
        System.out.println(t);
        System.out.println(t.firstKey() + " " + t.lastKey() + " " + t.floorKey("c") + " " + t.ceilingKey("c") + " " + t.higherKey("fig")
            + " " + t.lowerKey("apple") + " " + t.firstEntry() + " " + t.lastEntry().getValue());
        System.out.println(t.headMap("cherry") + " " + t.tailMap("fig") + " " + t.subMap("b", "e") + " " + t.headMap("date", true));
        System.out.println(t.descendingMap() + " " + t.descendingKeySet());
        System.out.println(t.pollFirstEntry() + " " + t.pollLastEntry() + " " + t.size());
        NavigableMap<String, Integer> tail = t.tailMap("d", true);
        tail.remove("fig");
        System.out.println(t + " " + tail);
        TreeMap<Integer, String> rev = new TreeMap<>(Comparator.reverseOrder());
        for (int i = 0; i < 10; i++) rev.put(i * i % 11, "s" + i);
        System.out.println(rev);
        TreeMap<String, Integer> ci = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        ci.put("B", 1); ci.put("a", 2); ci.put("b", 3); ci.put("A", 4);
        System.out.println(ci);
        TreeMap<Integer, Integer> big = new TreeMap<>();
        Random r = new Random(7);
        for (int i = 0; i < 20000; i++) big.put(r.nextInt(100000), i);
        for (int i = 0; i < 10000; i++) big.remove(r.nextInt(100000));
        System.out.println(big.size() + " " + big.firstKey() + " " + big.lastKey() + " " + big.floorKey(50000) + " " + big.ceilingEntry(77777));
        int prev = -1; boolean sorted = true;
        for (int k : big.keySet()) { if (k <= prev) sorted = false; prev = k; }
        System.out.println(sorted);
        try {
            new TreeMap<Object, Integer>().put(new Object(), 1);
            System.out.println("no exception");
        } catch (ClassCastException e) {
            System.out.println("CCE for non-comparable key");
        }
        try {
            t.put(null, 1);
        } catch (NullPointerException e) {
            System.out.println("NPE for null key");
        }
        System.out.println(new TreeMap<String, Integer>().firstEntry());
        try {
            new TreeMap<String, Integer>().firstKey();
        } catch (NoSuchElementException e) {
            System.out.println("NoSuchElementException");
        }
    }
}
