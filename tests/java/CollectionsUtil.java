// java.util.Collections: algorithms, wrappers, singletons, seeded shuffle.
import java.util.*;

public class CollectionsUtil {
    public static void main(String[] args) {
        List<Integer> l = new ArrayList<>();
        for (int i = 0; i < 10; i++) l.add(i);
        Collections.shuffle(l, new Random(123));
        System.out.println(l);
        Collections.sort(l);
        Collections.reverse(l);
        System.out.println(l + " " + Collections.max(l) + " " + Collections.min(l) + " " + Collections.max(l, Comparator.reverseOrder()));
        Collections.swap(l, 0, 9);
        Collections.rotate(l, 3);
        System.out.println(l);
        Collections.sort(l);
        System.out.println(Collections.binarySearch(l, 6) + " " + Collections.binarySearch(l, 60) + " " + Collections.frequency(Arrays.asList(1, 2, 1, 1), 1));
        List<String> un = Collections.unmodifiableList(new ArrayList<>(Arrays.asList("a", "b")));
        try { un.add("c"); } catch (UnsupportedOperationException e) { System.out.println("unmodifiable list"); }
        Map<String, Integer> um = Collections.unmodifiableMap(new HashMap<>(Collections.singletonMap("k", 1)));
        try { um.put("x", 1); } catch (UnsupportedOperationException e) { System.out.println("unmodifiable map " + um); }
        System.out.println(Collections.emptyList() + " " + Collections.emptyMap() + " " + Collections.emptySet() + " " + Collections.singletonList(5)
            + " " + Collections.singleton("s") + " " + Collections.nCopies(3, "ab"));
        List<String> names = new ArrayList<>(Arrays.asList("bob", "Al", "carl", "Dee"));
        Collections.sort(names, Collections.reverseOrder(String.CASE_INSENSITIVE_ORDER));
        System.out.println(names);
        Collections.addAll(names, "x", "y");
        System.out.println(names + " " + Collections.disjoint(names, Arrays.asList("q", "r")) + " " + Collections.indexOfSubList(names, Arrays.asList("x", "y")));
        List<Integer> filled = new ArrayList<>(Collections.nCopies(4, 0));
        Collections.fill(filled, 9);
        System.out.println(filled);
        List<Integer> big = new ArrayList<>();
        for (int i = 0; i < 52; i++) big.add(i);
        Random rnd = new Random(2024);
        Collections.shuffle(big, rnd);
        System.out.println(big.subList(0, 13));
        Collections.shuffle(big, rnd);
        System.out.println(big.subList(0, 13));
        List<Integer> sync = Collections.synchronizedList(new ArrayList<Integer>());
        sync.add(1);
        System.out.println(sync + " " + Collections.unmodifiableSet(new TreeSet<>(Arrays.asList(3, 1, 2))));
        List<Object> empty = Collections.emptyList();
        try { empty.add(1); } catch (UnsupportedOperationException e) { System.out.println("empty list immutable"); }
    }
}
