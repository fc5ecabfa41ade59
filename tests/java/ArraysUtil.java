// java.util.Arrays: sort (primitives, objects, comparators, ranges), search, fill, copy, equality.
import java.util.*;

public class ArraysUtil {
    public static void main(String[] args) {
        int[] a = {5, -3, 9, 0, 2, 2, -8, 7};
        Arrays.sort(a);
        System.out.println(Arrays.toString(a) + " " + Arrays.binarySearch(a, 7) + " " + Arrays.binarySearch(a, 3) + " " + Arrays.binarySearch(a, -100));
        double[] d = {3.5, -0.0, 0.0, Double.NaN, -1, Double.NEGATIVE_INFINITY, 1e-9};
        Arrays.sort(d);
        System.out.println(Arrays.toString(d));
        long[] l = {9, 8, 7, 6, 5, 4, 3};
        Arrays.sort(l, 2, 5);
        System.out.println(Arrays.toString(l));
        char[] c = "sorting".toCharArray();
        Arrays.sort(c);
        System.out.println(new String(c));
        String[] s = {"banana", "Apple", "cherry", "apple", "Banana"};
        Arrays.sort(s);
        System.out.println(Arrays.toString(s));
        Arrays.sort(s, String.CASE_INSENSITIVE_ORDER);   // stable: equal keys keep their order
        System.out.println(Arrays.toString(s));
        Integer[] boxed = {3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5};
        Arrays.sort(boxed, Collections.reverseOrder());
        System.out.println(Arrays.toString(boxed));
        String[][] pairs = {{"b", "1"}, {"a", "2"}, {"b", "0"}, {"a", "1"}, {"c", "9"}, {"a", "0"}};
        Arrays.sort(pairs, (x, y) -> x[0].compareTo(y[0]));
        System.out.println(Arrays.deepToString(pairs));
        int[] big = new int[50000];
        Random r = new Random(42);
        for (int i = 0; i < big.length; i++) big[i] = r.nextInt();
        Arrays.sort(big);
        boolean sorted = true;
        for (int i = 1; i < big.length; i++) if (big[i - 1] > big[i]) sorted = false;
        System.out.println(sorted + " " + big[0] + " " + big[25000] + " " + big[49999]);
        int[] f = new int[5];
        Arrays.fill(f, 7);
        Arrays.fill(f, 1, 3, -1);
        System.out.println(Arrays.toString(f) + " " + Arrays.toString(Arrays.copyOf(f, 7)) + " " + Arrays.toString(Arrays.copyOfRange(f, 2, 4)));
        String[] sc = Arrays.copyOf(new String[] {"x"}, 3);
        System.out.println(Arrays.toString(sc));
        System.out.println(Arrays.equals(new int[] {1, 2}, new int[] {1, 2}) + " " + Arrays.equals(new int[] {1}, new int[] {2})
            + " " + Arrays.deepEquals(new int[][] {{1}}, new int[][] {{1}}) + " " + Arrays.hashCode(new int[] {1, 2, 3})
            + " " + Arrays.hashCode(new String[] {"a", null}) + " " + Arrays.deepHashCode(new Object[] {new int[] {1}}));
        System.out.println(Arrays.toString((int[]) null) + " " + Arrays.toString(new boolean[] {true, false}) + " " + Arrays.toString(new float[] {1.5f})
            + " " + Arrays.toString(new Object[] {1, "s", null}) + " " + Arrays.deepToString(new Object[] {new int[] {1}, new String[] {"z"}}));
        List<String> view = Arrays.asList("q", "r", "s");
        view.set(0, "Q");
        System.out.println(view);
        try {
            view.add("t");
        } catch (UnsupportedOperationException e) {
            System.out.println("fixed-size: UnsupportedOperationException");
        }
        Integer[] objs = {5, 2, 8};
        Arrays.sort(objs);
        System.out.println(Arrays.binarySearch(objs, 8) + " " + Arrays.asList(objs).indexOf(2));
    }
}
