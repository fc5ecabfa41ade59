import java.util.*;

/* Iteration order of HashMap/HashSet/LinkedHashMap: resizes, collisions, compute*, removal. */
public class HashOrderTest {
    /* keys with chosen hash codes, to force collisions in one bin */
    static final class K {
        final int h;
        final String name;

        K(int h, String name) {
            this.h = h;
            this.name = name;
        }

        public int hashCode() {
            return h;
        }

        public boolean equals(Object o) {
            return o instanceof K && ((K) o).name.equals(name);
        }

        public String toString() {
            return name;
        }
    }

    public static void main(String[] args) {
        Map<String, Integer> m = new HashMap<>();
        String text = "it was the best of times it was the worst of times it was the age of wisdom it was the age of foolishness it was the epoch of belief it was the epoch of incredulity";
        for (String w : text.split(" "))
            m.merge(w, 1, Integer::sum);
        System.out.println(m);
        Map<Integer, String> ints = new HashMap<>();
        for (int i = 0; i < 100; i += 7)
            ints.put(i * 37 % 101 - 50, "v" + i);
        System.out.println(ints);
        Set<String> hs = new HashSet<>();
        for (int i = 0; i < 40; i++)
            hs.add("item" + (i * 13 % 40));
        System.out.println(hs);
        hs.removeIf(s -> s.endsWith("3"));
        System.out.println(hs);
        System.out.println(new HashSet<>(Arrays.asList("zeta", "alpha", "beta", "gamma", "delta", "epsilon")));
        Map<Character, List<String>> groups = new HashMap<>();
        for (String w : text.split(" "))
            groups.computeIfAbsent(w.charAt(0), c -> new ArrayList<>()).add(w);
        System.out.println(groups);
        Map<String, Integer> counts = new HashMap<>();
        for (String w : text.split(" "))
            counts.compute(w, (k, v) -> v == null ? 1 : v + 1);
        System.out.println(counts);
        /* collisions: 12 keys in one bin of a small table, then more */
        Map<K, Integer> col = new HashMap<>();
        for (int i = 0; i < 12; i++)
            col.put(new K(5 + 64 * i, "c" + i), i);
        System.out.println(col);
        Map<K, Integer> col2 = new HashMap<>();
        for (int i = 0; i < 12; i++)
            col2.computeIfAbsent(new K(3 + 16 * i, "d" + i), k -> 1);
        for (int i = 0; i < 5; i++)
            col2.merge(new K(7, "m" + i), i, Integer::sum);
        System.out.println(col2);
        Map<String, Integer> small = new HashMap<>(2);
        for (String s : "a b c d e f g h i j k l m n o p q r s t u v w".split(" "))
            small.put(s + s, s.charAt(0) + 0);
        System.out.println(small);
        Map<String, Integer> copy = new HashMap<>(small);
        copy.keySet().removeIf(s -> s.compareTo("kk") < 0);
        System.out.println(copy + " " + copy.size() + " " + copy.containsKey("zz") + " " + copy.get("nn"));
        Map<String, Integer> pa = new HashMap<>();
        pa.put("x", 1);
        pa.putAll(small);
        System.out.println(pa);
        Map<Object, Object> mixed = new HashMap<>();
        mixed.put(null, "nullkey");
        mixed.put(1L, 2.5);
        mixed.put(true, 'c');
        mixed.put("s", null);
        mixed.put(3.0f, (short) 4);
        System.out.println(mixed + " " + mixed.get(null) + " " + mixed.containsValue(null));
        for (Map.Entry<Object, Object> e : mixed.entrySet())
            System.out.print(e.getKey() + "->" + e.getValue() + ";");
        System.out.println();
        Iterator<String> it = ints.values().iterator();
        while (it.hasNext())
            if (it.next() == null)
                it.remove();
        ints.entrySet().removeIf(e -> e.getKey() > 0);
        System.out.println(ints + " " + ints.hashCode() + " " + m.equals(new HashMap<>(m)));
        LinkedHashMap<String, Integer> lhm = new LinkedHashMap<>();
        for (String w : text.split(" "))
            lhm.merge(w, 1, Integer::sum);
        System.out.println(lhm);
        LinkedHashMap<Integer, Integer> lru = new LinkedHashMap<Integer, Integer>(16, 0.75f, true) {
            protected boolean removeEldestEntry(Map.Entry<Integer, Integer> eldest) {
                return size() > 4;
            }
        };
        for (int i = 0; i < 10; i++) {
            lru.put(i % 6, i);
            lru.get((i * 7) % 6);
        }
        System.out.println(lru + " " + lru.keySet() + " " + lru.values());
        Set<String> lhs = new LinkedHashSet<>(Arrays.asList("q", "w", "e", "r", "t", "y", "q", "e"));
        lhs.add("a");
        lhs.remove("w");
        System.out.println(lhs);
        m.replaceAll((k, v) -> v * 10);
        m.putIfAbsent("new", 5);
        m.computeIfPresent("was", (k, v) -> null);
        m.remove("the", 60);
        m.replace("it", 1000);
        System.out.println(m + " " + m.getOrDefault("nope", -1));
        StringBuilder sb = new StringBuilder();
        m.forEach((k, v) -> sb.append(k).append(v).append(','));
        System.out.println(sb);
        try {
            for (String k : m.keySet())
                if (k.startsWith("w"))
                    m.remove(k);
            System.out.println("no CME");
        } catch (ConcurrentModificationException e) {
            System.out.println("CME " + e.getMessage());
        }
        Map<String, Integer> big = new HashMap<>();
        for (int i = 0; i < 1000; i++)
            big.put(Integer.toString(i * 7919 % 10007), i);
        int acc = 0;
        for (String k : big.keySet())
            acc = acc * 31 + k.hashCode();
        System.out.println(acc + " " + big.size());
        /* tree bins: equal hash codes ("Aa" and "BB" collide), multiples of 64, removal, splits */
        List<String> same = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            StringBuilder w = new StringBuilder();
            for (int b = 0; b < 5; b++)
                w.append((i >> b & 1) == 0 ? "Aa" : "BB");
            same.add(w.toString());
        }
        Map<String, Integer> tree = new HashMap<>();
        for (int i = 0; i < same.size(); i++)
            tree.put(same.get((i * 7) % 32), i);
        System.out.println(tree);
        for (int i = 0; i < 24; i++)
            tree.remove(same.get((i * 5) % 32));
        System.out.println(tree + " " + tree.get(same.get(3)) + " " + tree.containsKey(same.get(0)));
        Map<Integer, Integer> sixtyFour = new HashMap<>();
        for (int i = 0; i < 40; i++)
            sixtyFour.put(i * 64 + (i % 3 == 0 ? 1 : 0), i);
        System.out.println(sixtyFour);
        for (int i = 0; i < 300; i++)
            sixtyFour.put(i * 1024 + 7, i);
        System.out.println(sixtyFour.size() + " " + sixtyFour.keySet().toString().hashCode());
        Iterator<Integer> ti = sixtyFour.keySet().iterator();
        while (ti.hasNext())
            if (ti.next() % 3 == 0)
                ti.remove();
        System.out.println(sixtyFour.size() + " " + sixtyFour.keySet().toString().hashCode() + " " + sixtyFour.get(64 * 5));
        Map<String, List<Integer>> grouped = new HashMap<>();
        for (int i = 0; i < 64; i++)
            grouped.computeIfAbsent(same.get(i % 32), k -> new ArrayList<>()).add(i);
        for (int i = 0; i < 10; i++)
            grouped.merge("x" + i, Arrays.asList(i), (a, b) -> a);
        grouped.compute(same.get(9), (k, v) -> null);
        System.out.println(grouped.keySet());
        LinkedHashMap<String, Integer> ltree = new LinkedHashMap<>();
        for (int i = 0; i < 32; i++)
            ltree.put(same.get((i * 11) % 32), i);
        for (int i = 0; i < 10; i++)
            ltree.remove(same.get(i * 3));
        System.out.println(ltree + " " + new HashMap<>(ltree));
        Map<K, Integer> col3 = new HashMap<>(64);
        for (int i = 0; i < 20; i++)
            col3.put(new K(100, "n" + i), i);
        col3.remove(new K(100, "n3"));
        System.out.println(col3.size() + " " + col3.get(new K(100, "n7")) + " " + col3.containsKey(new K(100, "n3")));
        Set<String> hsTree = new HashSet<>(same);
        hsTree.removeIf(x -> x.startsWith("BB"));
        System.out.println(hsTree);
    }
}
