// java.util.LinkedHashSet keeps insertion order through removals and re-adds.
import java.util.*;

public class LinkedHashSetTest {
    public static void main(String[] args) {
        Set<String> s = new LinkedHashSet<>();
        for (String w : "delta alpha charlie alpha bravo delta echo".split(" ")) s.add(w);
        System.out.println(s);
        s.remove("alpha");
        s.add("alpha");
        s.add("charlie");
        System.out.println(s + " " + s.size());
        Set<Integer> nums = new LinkedHashSet<>();
        for (int i = 20; i > 0; i -= 3) nums.add(i);
        nums.addAll(Arrays.asList(1, 2, 3, 20));
        System.out.println(nums);
        nums.removeIf(x -> x % 2 == 0);
        System.out.println(nums + " " + nums.contains(5) + " " + nums.equals(new HashSet<>(nums)));
        Iterator<Integer> it = nums.iterator();
        it.next();
        it.remove();
        System.out.println(nums + " " + new ArrayList<>(nums));
    }
}
