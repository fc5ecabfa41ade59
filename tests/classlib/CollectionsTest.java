import java.util.*;
import java.util.function.*;

/* Lists, sorted maps and sets, views, unmodifiable/synchronized wrappers, Optional, exceptions. */
public class CollectionsTest {
    static void tryIt(String what, Runnable r) {
        try {
            r.run();
            System.out.println(what + " ok");
        } catch (RuntimeException e) {
            System.out.println(what + " -> " + e);
        }
    }

    public static void main(String[] args) {
        List<String> al = new ArrayList<>(Arrays.asList("a", "b", "c", "d", "e"));
        al.add(2, "x");
        al.remove("d");
        al.set(0, "A");
        al.addAll(1, Arrays.asList("p", "q"));
        System.out.println(al + " " + al.size() + " " + al.indexOf("q") + " " + al.lastIndexOf("zz") + " " + al.contains("x"));
        List<String> sub = al.subList(1, 4);
        sub.remove(0);
        sub.add("s");
        System.out.println(sub + " " + al);
        ListIterator<String> li = al.listIterator();
        while (li.hasNext()) {
            String s = li.next();
            if (s.equals("x"))
                li.set("X");
            if (s.equals("q"))
                li.add("r");
        }
        while (li.hasPrevious())
            System.out.print(li.previous() + li.nextIndex());
        System.out.println();
        al.removeIf(s -> s.length() == 1 && Character.isUpperCase(s.charAt(0)));
        al.replaceAll(String::toUpperCase);
        System.out.println(al + " " + al.hashCode() + " " + al.equals(new LinkedList<>(al)));
        tryIt("get(9)", () -> al.get(9));
        tryIt("add(9,x)", () -> al.add(9, "x"));
        tryIt("remove(-1)", () -> al.remove(-1));
        tryIt("set(5)", () -> al.set(5, "x"));
        tryIt("subList(2,1)", () -> al.subList(2, 1));
        tryIt("subList(-1,1)", () -> al.subList(-1, 1));
        tryIt("subList(0,99)", () -> al.subList(0, 99));
        tryIt("new ArrayList(-1)", () -> new ArrayList<>(-1));
        tryIt("iterator CME", () -> {
            for (String s : al)
                if (s.equals("P"))
                    al.remove(s);
        });
        tryIt("iterator next", () -> new ArrayList<String>().iterator().next());
        tryIt("asList add", () -> Arrays.asList(1, 2).add(3));
        tryIt("asList get", () -> Arrays.asList(1, 2).get(2));
        tryIt("empty get", () -> Collections.emptyList().get(0));
        LinkedList<Integer> ll = new LinkedList<>();
        for (int i = 0; i < 10; i++)
            ll.add(i * i);
        ll.add(3, -1);
        ll.removeFirst();
        ll.removeLastOccurrence(81);
        System.out.println(ll + " " + ll.get(4) + " " + ll.indexOf(49) + " " + ll.getLast());
        tryIt("ll.get(99)", () -> ll.get(99));
        tryIt("ll.add(99)", () -> ll.add(99, 1));
        TreeMap<String, Integer> tm = new TreeMap<>();
        for (String w : "delta alpha echo bravo foxtrot charlie golf hotel india".split(" "))
            tm.put(w, w.length());
        System.out.println(tm + " " + tm.firstKey() + " " + tm.lastEntry() + " " + tm.floorKey("d") + " " + tm.ceilingEntry("d") + " " + tm.higherKey("echo") + " " + tm.lowerKey("alpha"));
        System.out.println(tm.headMap("delta") + " " + tm.tailMap("golf", false) + " " + tm.subMap("b", "f") + " " + tm.descendingMap());
        NavigableMap<String, Integer> sm = tm.subMap("bravo", true, "hotel", false);
        sm.remove("charlie");
        sm.put("cat", 3);
        System.out.println(sm + " " + sm.size() + " " + sm.firstKey() + " " + sm.lastKey() + " " + sm.descendingMap() + " " + tm);
        System.out.println(sm.descendingMap().headMap("delta", true) + " " + sm.descendingKeySet() + " " + sm.descendingMap().firstEntry());
        tryIt("submap out of range", () -> sm.put("zulu", 1));
        tryIt("tm null key", () -> tm.put(null, 1));
        tryIt("tm firstKey empty", () -> new TreeMap<String, String>().firstKey());
        System.out.println(tm.pollFirstEntry() + " " + tm.pollLastEntry() + " " + tm);
        Iterator<Map.Entry<String, Integer>> eit = tm.entrySet().iterator();
        while (eit.hasNext())
            if (eit.next().getValue() == 5)
                eit.remove();
        System.out.println(tm + " " + tm.keySet() + " " + tm.values());
        TreeMap<Integer, String> big = new TreeMap<>(Comparator.reverseOrder());
        Random r = new Random(1);
        for (int i = 0; i < 200; i++)
            big.put(r.nextInt(500), "v" + i);
        for (int i = 0; i < 150; i++)
            big.remove(r.nextInt(500));
        System.out.println(big.size() + " " + big.firstKey() + " " + big.lastKey() + " " + big.headMap(400).size() + " " + big.keySet().toString().hashCode());
        TreeSet<String> ts = new TreeSet<>(Arrays.asList("pear", "apple", "fig", "kiwi", "banana", "cherry"));
        System.out.println(ts + " " + ts.first() + " " + ts.last() + " " + ts.ceiling("c") + " " + ts.floor("c") + " " + ts.headSet("fig") + " " + ts.tailSet("fig") + " " + ts.subSet("b", "l") + " " + ts.descendingSet());
        System.out.println(ts.pollFirst() + " " + ts.pollLast() + " " + ts + " " + ts.higher("kiwi") + " " + ts.lower("banana"));
        TreeSet<Integer> byLen = new TreeSet<>(Comparator.comparing(Integer::bitCount).thenComparing(Comparator.naturalOrder()));
        for (int i = 0; i < 20; i++)
            byLen.add(i);
        System.out.println(byLen + " " + byLen.descendingSet().headSet(7));
        List<Integer> unmod = Collections.unmodifiableList(new ArrayList<>(Arrays.asList(3, 1, 2)));
        System.out.println(unmod + " " + Collections.unmodifiableMap(tm) + " " + Collections.unmodifiableSet(ts));
        tryIt("unmod add", () -> unmod.add(1));
        tryIt("unmod sort", () -> unmod.sort(null));
        tryIt("unmod map put", () -> Collections.unmodifiableMap(tm).put("x", 1));
        tryIt("unmod entry", () -> Collections.unmodifiableMap(tm).entrySet().iterator().next().setValue(0));
        List<Integer> sync = Collections.synchronizedList(new ArrayList<>());
        sync.add(1);
        sync.add(2);
        Map<String, Integer> syncMap = Collections.synchronizedMap(new TreeMap<>());
        syncMap.put("b", 2);
        syncMap.put("a", 1);
        System.out.println(sync + " " + syncMap + " " + Collections.emptyMap() + Collections.emptySet() + Collections.emptyList());
        System.out.println(Collections.singletonList(5) + " " + Collections.singleton("s") + " " + Collections.singletonMap("k", "v") + " " + Collections.nCopies(3, "ab"));
        tryIt("nCopies(-1)", () -> Collections.nCopies(-1, "x"));
        List<String> target = new ArrayList<>();
        Collections.addAll(target, "z", "y", "x");
        System.out.println(target + " " + Collections.disjoint(target, ts) + " " + Collections.indexOfSubList(Arrays.asList(1, 2, 3, 2, 3), Arrays.asList(2, 3)) + " " + Collections.lastIndexOfSubList(Arrays.asList(1, 2, 3, 2, 3), Arrays.asList(2, 3)));
        Optional<String> o = Optional.of("val");
        System.out.println(o + " " + Optional.empty() + " " + o.map(String::length) + " " + o.filter(s -> s.isEmpty()) + " " + Optional.ofNullable(null).orElse("dflt") + " " + o.get() + " " + o.isPresent());
        System.out.println(OptionalInt.of(3) + " " + OptionalDouble.empty() + " " + OptionalLong.of(9).getAsLong() + " " + OptionalDouble.of(2.5));
        tryIt("empty get", () -> Optional.empty().get());
        tryIt("of null", () -> Optional.of(null));
        StringJoiner sj = new StringJoiner(", ", "{", "}");
        sj.setEmptyValue("EMPTY");
        System.out.println(sj + " " + sj.length());
        sj.add("one").add("two").add(null);
        StringJoiner sj2 = new StringJoiner("-");
        sj2.add("x").add("y");
        sj.merge(sj2);
        System.out.println(sj + " " + sj.length());
        System.out.println(Objects.hash(1, "a", null) + " " + Objects.equals(null, null) + " " + Objects.toString(null, "d") + " " + Objects.requireNonNullElse(null, "e") + " " + Objects.hashCode(null) + " " + Objects.isNull(null));
        tryIt("requireNonNull msg", () -> Objects.requireNonNull(null, "must not be null"));
        tryIt("checkIndex", () -> Objects.checkIndex(5, 3));
        Function<Integer, Integer> inc = x -> x + 1;
        Function<Integer, Integer> dbl = x -> x * 2;
        BiFunction<Integer, Integer, Integer> add = Integer::sum;
        Predicate<String> empty = String::isEmpty;
        Supplier<List<String>> sup = ArrayList::new;
        UnaryOperator<String> up = String::toUpperCase;
        BinaryOperator<Integer> mx = BinaryOperator.maxBy(Comparator.naturalOrder());
        IntPredicate even = i -> i % 2 == 0;
        IntUnaryOperator sq = i -> i * i;
        System.out.println(inc.andThen(dbl).apply(3) + " " + inc.compose(dbl).apply(3) + " " + add.andThen(dbl).apply(2, 3) + " " + empty.negate().test("") + " " + empty.or(s -> s.startsWith("a")).test("abc") + " " + sup.get() + " " + up.apply("q") + " " + mx.apply(3, 9) + " " + even.and(i -> i > 2).test(4) + " " + sq.andThen(sq).applyAsInt(3) + " " + Function.identity().apply("id") + " " + Predicate.isEqual("a").test("a"));
        Map<String, List<Integer>> multi = new TreeMap<>();
        for (int i = 0; i < 10; i++)
            multi.computeIfAbsent(i % 3 == 0 ? "three" : "other", k -> new ArrayList<>()).add(i);
        System.out.println(multi + " " + Map.Entry.<String, List<Integer>>comparingByKey().compare(new AbstractMap.SimpleEntry<>("a", null), new AbstractMap.SimpleEntry<>("b", null)));
        AbstractMap.SimpleEntry<String, Integer> se = new AbstractMap.SimpleEntry<>("k", 1);
        se.setValue(2);
        System.out.println(se + " " + se.hashCode() + " " + se.equals(new AbstractMap.SimpleImmutableEntry<>("k", 2)));
    }
}
