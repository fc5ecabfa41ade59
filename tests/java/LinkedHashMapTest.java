// java.util.LinkedHashMap: insertion order, access order, removeEldestEntry as an LRU cache.
import java.util.*;

public class LinkedHashMapTest {
    static class Lru<K, V> extends LinkedHashMap<K, V> {
        final int cap;
        Lru(int cap) { super(16, 0.75f, true); this.cap = cap; }
        @Override protected boolean removeEldestEntry(Map.Entry<K, V> eldest) { return size() > cap; }
    }

    public static void main(String[] args) {
        Map<String, Integer> ins = new LinkedHashMap<>();
        for (String s : "zeta alpha mid beta alpha omega".split(" ")) ins.put(s, s.length());
        System.out.println(ins);
        ins.put("zeta", 0);          // re-insert keeps the position
        ins.remove("mid");
        ins.put("mid", 9);
        System.out.println(ins + " " + ins.keySet() + " " + ins.values());
        LinkedHashMap<Integer, String> acc = new LinkedHashMap<>(8, 0.75f, true);
        for (int i = 1; i <= 5; i++) acc.put(i, "v" + i);
        acc.get(2); acc.get(4); acc.put(1, "again"); acc.getOrDefault(3, "x");
        System.out.println(acc);
        Lru<String, Integer> lru = new Lru<>(3);
        lru.put("a", 1); lru.put("b", 2); lru.put("c", 3);
        lru.get("a");
        lru.put("d", 4);
        System.out.println(lru);
        lru.put("e", 5);
        lru.get("d");
        System.out.println(lru + " " + lru.containsKey("a") + " " + lru.containsKey("b"));
        Iterator<Map.Entry<Integer, String>> it = acc.entrySet().iterator();
        it.next();
        it.remove();
        System.out.println(acc);
        LinkedHashSet<Character> chars = new LinkedHashSet<>();
        for (char c : "mississippi".toCharArray()) chars.add(c);
        System.out.println(chars);
        Map<Integer, Integer> big = new LinkedHashMap<>();
        for (int i = 0; i < 50; i++) big.put((i * 7919) % 1000, i);
        StringBuilder sb = new StringBuilder();
        for (int k : big.keySet()) sb.append(k).append(',');
        System.out.println(sb);
    }
}
