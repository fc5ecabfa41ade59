// java.util.HashMap: iteration order (OpenJDK's bucket rules), resize, nulls, Java 8 defaults.
import java.util.*;

public class HashMapTest {
    static final class Key {
        final int h; final String s;
        Key(int h, String s) { this.h = h; this.s = s; }
        public int hashCode() { return h; }
        public boolean equals(Object o) { return o instanceof Key && ((Key) o).s.equals(s); }
        public String toString() { return s; }
    }

    public static void main(String[] args) {
        Map<String, Integer> m = new HashMap<>();
        String[] words = "the quick brown fox jumps over the lazy dog and then some more words arrive here".split(" ");
        for (String w : words) m.put(w, m.getOrDefault(w, 0) + 1);
        System.out.println(m);
        System.out.println(m.size() + " " + m.get("the") + " " + m.get("absent") + " " + m.containsKey("fox") + " " + m.containsValue(2));
        Map<Integer, String> im = new HashMap<>();
        for (int i = 0; i < 40; i += 3) im.put(i * 37 % 101, "v" + i);
        System.out.println(im);
        System.out.println(im.keySet());
        System.out.println(im.values());
        m.put(null, -1);
        System.out.println(m.get(null) + " " + m.containsKey(null) + " " + m.remove(null));
        System.out.println(m.remove("the") + " " + m.remove("the") + " " + m.size());
        System.out.println(m.putIfAbsent("fox", 100) + " " + m.putIfAbsent("wolf", 5) + " " + m.get("wolf"));
        System.out.println(m.computeIfAbsent("cat", k -> k.length()) + " " + m.computeIfPresent("cat", (k, v) -> v * 10)
            + " " + m.compute("dog", (k, v) -> v == null ? 0 : v + 1) + " " + m.merge("dog", 5, Integer::sum) + " " + m.merge("new", 1, Integer::sum));
        m.computeIfPresent("new", (k, v) -> null);
        System.out.println(m.containsKey("new") + " " + m.replace("dog", 1) + " " + m.get("dog"));
        for (Map.Entry<String, Integer> e : m.entrySet()) if (e.getKey().length() == 3) e.setValue(e.getValue() + 1000);
        System.out.println(m);
        m.keySet().remove("quick");
        m.values().remove(1);
        m.entrySet().removeIf(e -> e.getKey().startsWith("w"));
        System.out.println(m);
        StringBuilder sb = new StringBuilder();
        m.forEach((k, v) -> sb.append(k.charAt(0)));
        System.out.println(sb);
        m.replaceAll((k, v) -> k.length());
        System.out.println(m);
        Map<Key, Integer> coll = new HashMap<>();
        for (int i = 0; i < 12; i++) coll.put(new Key(i % 3, "k" + i), i);
        System.out.println(coll + " " + coll.get(new Key(1, "k7")) + " " + coll.get(new Key(2, "k7")));
        coll.remove(new Key(0, "k3"));
        System.out.println(coll);
        Map<Integer, Integer> big = new HashMap<>();
        for (int i = 0; i < 100000; i++) big.put(i * 31, i);
        long sum = 0;
        for (int i = 0; i < 100000; i += 7) sum += big.get(i * 31);
        for (int i = 0; i < 100000; i += 2) big.remove(i * 31);
        System.out.println(big.size() + " " + sum);
        Iterator<Integer> it = big.keySet().iterator();
        StringBuilder first = new StringBuilder();
        for (int i = 0; i < 10; i++) first.append(it.next()).append(' ');
        System.out.println(first);
        Map<String, Integer> copy = new HashMap<>(m);
        System.out.println(copy.equals(m) + " " + (copy.hashCode() == m.hashCode()) + " " + new HashMap<>().equals(Collections.emptyMap()));
        Map<Long, Long> longs = new HashMap<>();
        for (long i = -5; i < 5; i++) longs.put(i << 33, i);
        System.out.println(longs);
        Map<Double, String> doubles = new HashMap<>();
        for (double d = 0; d < 3; d += 0.5) doubles.put(d, "" + d);
        doubles.put(-0.0, "neg");
        System.out.println(doubles);
        try {
            for (String k : m.keySet()) m.put(k + "x", 1);
        } catch (ConcurrentModificationException e) {
            System.out.println("CME");
        }
    }
}
