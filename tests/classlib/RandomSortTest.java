import java.util.*;

/* Seeded Random sequences, shuffles, sorting (primitive order, object stability), comparators. */
public class RandomSortTest {
    static final class P {
        final String name;
        final int age;

        P(String n, int a) {
            name = n;
            age = a;
        }

        int age() {
            return age;
        }

        String name() {
            return name;
        }

        public String toString() {
            return name + ":" + age;
        }
    }

    public static void main(String[] args) {
        Random r = new Random(42);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 5; i++)
            sb.append(r.nextInt()).append(' ').append(r.nextInt(100)).append(' ').append(r.nextInt(64)).append(' ')
                    .append(r.nextLong()).append(' ').append(r.nextBoolean()).append(' ').append(r.nextDouble())
                    .append(' ').append(r.nextFloat()).append(' ').append(r.nextGaussian()).append('\n');
        System.out.print(sb);
        byte[] bytes = new byte[7];
        new Random(7).nextBytes(bytes);
        System.out.println(Arrays.toString(bytes));
        r.setSeed(123);
        System.out.println(r.nextInt(1000) + " " + r.nextInt(1 << 20) + " " + r.nextInt(Integer.MAX_VALUE));
        try {
            r.nextInt(0);
        } catch (IllegalArgumentException e) {
            System.out.println(e);
        }
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < 20; i++)
            list.add(i);
        Collections.shuffle(list, new Random(2024));
        System.out.println(list);
        LinkedList<Integer> ll = new LinkedList<>(list);
        Collections.shuffle(ll, new Random(99));
        System.out.println(ll);
        int[] ia = new int[50];
        Random g = new Random(5);
        for (int i = 0; i < ia.length; i++)
            ia[i] = g.nextInt(200) - 100;
        int[] ib = ia.clone();
        Arrays.sort(ia);
        System.out.println(Arrays.toString(ia));
        Arrays.sort(ib, 10, 30);
        System.out.println(Arrays.toString(ib));
        double[] da = { 3.5, -0.0, 0.0, Double.NaN, -1e300, Double.NEGATIVE_INFINITY, 0.0, -0.0, 1.0, Double.NaN, 2.0 };
        Arrays.sort(da);
        System.out.println(Arrays.toString(da));
        float[] fa = { 1f, Float.NaN, -0f, 0f, -3f };
        Arrays.sort(fa);
        System.out.println(Arrays.toString(fa));
        long[] la = new long[300];
        for (int i = 0; i < la.length; i++)
            la[i] = g.nextLong() % 1000;
        Arrays.sort(la);
        boolean ok = true;
        for (int i = 1; i < la.length; i++)
            ok &= la[i - 1] <= la[i];
        System.out.println("long sorted " + ok + " " + la[0] + " " + la[299]);
        char[] ca = "the quick brown fox".toCharArray();
        Arrays.sort(ca);
        System.out.println(new String(ca) + "|" + Arrays.binarySearch(ca, 'q') + " " + Arrays.binarySearch(ca, 'a'));
        System.out.println(Arrays.binarySearch(ia, ia[17]) + " " + Arrays.binarySearch(ia, 1000) + " " + Arrays.binarySearch(ia, -1000));
        List<P> people = new ArrayList<>();
        String[] names = { "ann", "bob", "cid", "dan", "eve", "fay", "gus", "hal", "ivy", "jon", "kim", "lee", "max", "ned",
            "oli", "pam", "quin", "ray", "sue", "tom", "uma", "vic", "wes", "xia", "yan", "zed" };
        for (int i = 0; i < names.length; i++)
            people.add(new P(names[i], 20 + (i * 7) % 5));
        people.sort(Comparator.comparingInt(P::age));
        System.out.println(people);
        people.sort(Comparator.comparing(P::age).reversed().thenComparing(P::name, Comparator.reverseOrder()));
        System.out.println(people);
        Collections.sort(people, (a, b) -> a.name.length() - b.name.length());
        System.out.println(people);
        P[] arr = people.toArray(new P[0]);
        Arrays.sort(arr, 3, 20, Comparator.comparing(P::name));
        System.out.println(Arrays.toString(arr));
        List<String> strs = new ArrayList<>(Arrays.asList("pear", null, "Apple", "fig", null, "banana", "apple"));
        strs.sort(Comparator.nullsFirst(String.CASE_INSENSITIVE_ORDER));
        System.out.println(strs);
        strs.sort(Comparator.nullsLast(Comparator.<String>naturalOrder()).reversed());
        System.out.println(strs);
        List<Integer> nums = Arrays.asList(5, 3, 9, 1, 7);
        Collections.sort(nums, Collections.reverseOrder());
        System.out.println(nums + " " + Collections.max(nums) + " " + Collections.min(nums, Comparator.reverseOrder()));
        Collections.reverse(nums);
        System.out.println(nums + " " + Collections.binarySearch(nums, 7) + " " + Collections.binarySearch(nums, 4));
        Collections.swap(nums, 0, 4);
        Collections.rotate(nums, 2);
        System.out.println(nums + " " + Collections.frequency(Arrays.asList(1, 2, 1, 1), 1));
        Integer[] boxed = new Integer[100];
        for (int i = 0; i < boxed.length; i++)
            boxed[i] = (i * 37) % 10;
        Arrays.sort(boxed);
        System.out.println(Arrays.toString(boxed));
        System.out.println(Arrays.hashCode(ia) + " " + Arrays.hashCode(da) + " " + Arrays.deepHashCode(new Object[] { ia, "x" }));
        System.out.println(Arrays.deepToString(new Object[] { new int[] { 1, 2 }, new String[] { "a", null }, null, new double[0], 'c' }));
        System.out.println(Arrays.equals(new int[] { 1 }, new int[] { 1 }) + " " + Arrays.deepEquals(new Object[] { new int[] { 1 } }, new Object[] { new int[] { 1 } }));
        int[] filled = new int[6];
        Arrays.fill(filled, 1, 4, 9);
        System.out.println(Arrays.toString(filled) + Arrays.toString(Arrays.copyOf(filled, 8)) + Arrays.toString(Arrays.copyOfRange(filled, 2, 9)));
        try {
            Arrays.fill(filled, 4, 2, 0);
        } catch (IllegalArgumentException e) {
            System.out.println(e);
        }
        try {
            Arrays.copyOfRange(filled, 5, 2);
        } catch (IllegalArgumentException e) {
            System.out.println(e);
        }
    }
}
