// Iterator and Iterable: user-defined iterables in for-each, remove, fail-fast iteration.
import java.util.*;

public class IteratorTest {
    static class Range implements Iterable<Integer> {
        final int from, to;
        Range(int from, int to) { this.from = from; this.to = to; }
        public Iterator<Integer> iterator() {
            return new Iterator<Integer>() {
                int next = from;
                public boolean hasNext() { return next < to; }
                public Integer next() {
                    if (next >= to) throw new NoSuchElementException();
                    return next++;
                }
            };
        }
    }

    public static void main(String[] args) {
        int sum = 0;
        for (int i : new Range(1, 11)) sum += i;
        System.out.println(sum);
        Iterator<Integer> it = new Range(0, 1).iterator();
        it.next();
        try { it.next(); } catch (NoSuchElementException e) { System.out.println("exhausted"); }
        try { it.remove(); } catch (UnsupportedOperationException e) { System.out.println("remove unsupported"); }
        new Range(0, 3).forEach(x -> System.out.print(x + ";"));
        System.out.println();
        List<Integer> list = new ArrayList<>(Arrays.asList(1, 2, 3, 4, 5, 6));
        try {
            for (Integer x : list) if (x == 2) list.remove(x);
        } catch (ConcurrentModificationException e) {
            System.out.println("CME " + list);
        }
        Iterator<Integer> li = list.iterator();
        try { li.remove(); } catch (IllegalStateException e) { System.out.println("remove before next: ISE"); }
        while (li.hasNext()) if (li.next() % 2 == 1) li.remove();
        System.out.println(list);
        Map<String, Integer> tm = new TreeMap<>();
        tm.put("a", 1); tm.put("b", 2); tm.put("c", 3);
        for (Iterator<Map.Entry<String, Integer>> e = tm.entrySet().iterator(); e.hasNext(); ) if (e.next().getValue() == 2) e.remove();
        System.out.println(tm);
        Iterator<String> empty = Collections.<String>emptyList().iterator();
        System.out.println(empty.hasNext());
        ListIterator<String> lit = new ArrayList<>(Arrays.asList("a", "b", "c")).listIterator(3);
        StringBuilder sb = new StringBuilder();
        while (lit.hasPrevious()) sb.append(lit.previousIndex()).append(lit.previous());
        System.out.println(sb);
        Iterable<String> lambdaIterable = () -> Arrays.asList("x", "y").iterator();
        for (String s : lambdaIterable) System.out.print(s);
        System.out.println();
    }
}
