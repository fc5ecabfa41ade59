// java.util.ArrayList: the List API, growth, bounds errors, equality, sublists, iteration.
import java.util.*;

public class ArrayListTest {
    public static void main(String[] args) {
        List<String> l = new ArrayList<>();
        System.out.println(l.isEmpty() + " " + l.size() + " " + l);
        l.add("a"); l.add("b"); l.add("c"); l.add(1, "x"); l.add(0, "first");
        System.out.println(l + " " + l.size() + " " + l.get(2) + " " + l.indexOf("c") + " " + l.lastIndexOf("zz"));
        System.out.println(l.set(0, "FIRST") + " " + l + " " + l.remove(1) + " " + l.remove("c") + " " + l.remove("nope") + " " + l);
        l.addAll(Arrays.asList("d", "e", "a"));
        l.addAll(0, Arrays.asList("p", "q"));
        System.out.println(l + " " + l.contains("e") + " " + l.containsAll(Arrays.asList("a", "d")) + " " + l.lastIndexOf("a"));
        l.removeAll(Collections.singleton("a"));
        System.out.println(l);
        l.retainAll(Arrays.asList("p", "d", "zz", "b"));
        System.out.println(l);
        List<Integer> nums = new ArrayList<>();
        for (int i = 0; i < 1000; i++) nums.add(i * i % 97);
        int s = 0;
        for (int n : nums) s += n;
        System.out.println(nums.size() + " " + s + " " + nums.subList(10, 20));
        List<Integer> sub = nums.subList(0, 5);
        sub.clear();
        System.out.println(nums.size() + " " + nums.get(0));
        Collections.sort(nums);
        System.out.println(nums.get(0) + " " + nums.get(nums.size() - 1));
        System.out.println(new ArrayList<>(Arrays.asList(1, 2)).equals(Arrays.asList(1, 2)) + " " + Arrays.asList(1, 2).hashCode()
            + " " + new ArrayList<>().hashCode());
        Object[] arr = l.toArray();
        String[] sarr = l.toArray(new String[0]);
        System.out.println(arr.length + " " + sarr.getClass().getName() + " " + Arrays.toString(sarr));
        try {
            l.get(5);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
        try {
            new ArrayList<String>().remove(0);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getClass().getSimpleName());
        }
        ListIterator<String> it = l.listIterator();
        while (it.hasNext()) {
            String v = it.next();
            if (v.equals("d")) it.set("D"); else it.add(v + v);
        }
        System.out.println(l);
        while (it.hasPrevious()) System.out.print(it.previous() + (it.hasPrevious() ? "," : "\n"));
        l.removeIf(x -> x.length() > 1);
        System.out.println(l);
        List<Integer> big = new ArrayList<>(10);
        for (int i = 0; i < 100; i++) big.add(i);
        big.replaceAll(x -> x * 2);
        System.out.println(big.get(99) + " " + big.size());
        l.clear();
        System.out.println(l + " " + l.size());
        List<String> nulls = new ArrayList<>();
        nulls.add(null); nulls.add("n");
        System.out.println(nulls + " " + nulls.contains(null) + " " + nulls.indexOf(null));
    }
}
