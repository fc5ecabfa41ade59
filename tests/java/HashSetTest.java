// java.util.HashSet: order follows HashMap; set algebra; equality and hashCode.
import java.util.*;

public class HashSetTest {
    public static void main(String[] args) {
        Set<String> s = new HashSet<>(Arrays.asList("kiwi", "apple", "mango", "apple", "lime", "banana", "fig"));
        System.out.println(s + " " + s.size());
        System.out.println(s.add("kiwi") + " " + s.add("plum") + " " + s.remove("fig") + " " + s.remove("fig") + " " + s.contains("lime"));
        Set<Integer> a = new HashSet<>(), b = new HashSet<>();
        for (int i = 0; i < 30; i += 2) a.add(i);
        for (int i = 0; i < 30; i += 3) b.add(i);
        Set<Integer> union = new HashSet<>(a); union.addAll(b);
        Set<Integer> inter = new HashSet<>(a); inter.retainAll(b);
        Set<Integer> diff = new HashSet<>(a); diff.removeAll(b);
        System.out.println(union + "\n" + inter + "\n" + diff);
        System.out.println(a.hashCode() + " " + new HashSet<>(Arrays.asList(1, 2, 3)).equals(new TreeSet<>(Arrays.asList(3, 2, 1))));
        Set<Integer> big = new HashSet<>();
        for (int i = 0; i < 5000; i++) big.add(i * 7 % 1009);
        System.out.println(big.size());
        Set<Object> mixed = new HashSet<>();
        mixed.add(null); mixed.add(1); mixed.add("1"); mixed.add(1L); mixed.add('1');
        System.out.println(mixed.size() + " " + mixed.contains(null));
        Iterator<Integer> it = union.iterator();
        while (it.hasNext()) if (it.next() % 4 == 0) it.remove();
        System.out.println(union);
        Set<String> words = new HashSet<>();
        for (String w : "to be or not to be that is the question whether tis nobler in the mind".split(" ")) words.add(w);
        System.out.println(words);
    }
}
