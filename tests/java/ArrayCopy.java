// System.arraycopy: overlapping ranges, type checks, bounds checks.
import java.util.Arrays;

public class ArrayCopy {
    public static void main(String[] args) {
        int[] a = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        System.arraycopy(a, 0, a, 2, 5);
        System.out.println(Arrays.toString(a));
        int[] b = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        System.arraycopy(b, 3, b, 1, 6);
        System.out.println(Arrays.toString(b));
        char[] c = "abcdef".toCharArray();
        char[] d = new char[8];
        System.arraycopy(c, 1, d, 2, 4);
        System.out.println(Arrays.toString(d).replace('\0', '_'));
        Object[] src = {"x", 1, "y"};
        String[] dst = new String[3];
        try {
            System.arraycopy(src, 0, dst, 0, 3);
        } catch (ArrayStoreException e) {
            System.out.println("ArrayStoreException, copied " + Arrays.toString(dst));
        }
        try {
            System.arraycopy(new int[3], 0, new long[3], 0, 1);
        } catch (ArrayStoreException e) {
            System.out.println("ArrayStoreException primitive");
        }
        try {
            System.arraycopy("not an array", 0, new int[3], 0, 1);
        } catch (ArrayStoreException e) {
            System.out.println("ArrayStoreException non-array");
        }
        try {
            System.arraycopy(new int[3], 2, new int[3], 0, 2);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getClass().getName());
        }
        try {
            System.arraycopy(new int[3], -1, new int[3], 0, 1);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getClass().getName());
        }
        try {
            System.arraycopy(null, 0, new int[3], 0, 1);
        } catch (NullPointerException e) {
            System.out.println("NPE");
        }
        String[] s1 = {"p", "q"};
        Object[] o1 = new Object[3];
        System.arraycopy(s1, 0, o1, 1, 2);
        System.out.println(Arrays.toString(o1));
        long[] big = new long[1000];
        for (int i = 0; i < big.length; i++) big[i] = i;
        System.arraycopy(big, 0, big, 1, 999);
        System.out.println(big[0] + " " + big[1] + " " + big[999]);
        System.arraycopy(a, 0, a, 0, 0);
        System.arraycopy(a, 10, a, 10, 0);
        System.out.println("zero-length ok");
    }
}
