// System.arraycopy: the exception and message of each failure (OpenJDK 17's wording).
public class ArrayCopyMessages {
    static void copy(String what, Object src, int sp, Object dst, int dp, int n) {
        try {
            System.arraycopy(src, sp, dst, dp, n);
            System.out.println(what + ": ok");
        } catch (RuntimeException e) {
            System.out.println(what + ": " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        copy("last source", new byte[2], 0, new byte[8], 0, 5);
        copy("source index", new int[3], -1, new int[3], 0, 1);
        copy("dest index", new int[3], 0, new int[3], -2, 1);
        copy("last dest", new char[9], 1, new char[3], 1, 4);
        copy("length", new int[3], 0, new int[3], 0, -1);
        copy("length+index", new int[3], -1, new int[3], 0, -1);
        copy("dest+length", new int[3], 0, new int[3], -1, -1);
        copy("src+dest", new int[3], -1, new int[3], -1, 1);
        copy("last both", new long[3], 2, new long[3], 2, 2);
        copy("overflow", new short[3], 1, new short[3], 0, Integer.MAX_VALUE);
        copy("obj last source", new String[2], 1, new Object[5], 0, 3);
        copy("obj source index", new Object[2], -3, new Object[5], 0, 1);
        copy("obj dest index", new Object[2], 0, new Object[5], -1, 1);
        copy("obj last dest", new Object[4], 0, new String[2], 0, 3);
        copy("obj length", new Object[4], 0, new Object[2], 0, -5);
        copy("obj 2d", new int[2][2], 0, new int[1][], 0, 2);
        copy("prim into obj", new int[3], 0, new String[3], 0, 1);
        copy("obj into prim", new String[3], 0, new int[3], 0, 1);
        copy("int into long", new int[3], 0, new long[3], 0, 1);
        copy("bool into byte", new boolean[3], 0, new byte[3], 0, 1);
        copy("double into float", new double[3], 0, new float[3], 0, 1);
        copy("source not array", "text", 0, new int[3], 0, 1);
        copy("dest not array", new int[3], 0, "text", 0, 1);
        copy("obj dest not array", new Object[3], 0, Integer.valueOf(1), 0, 1);
        copy("neither array", "a", 0, "b", 0, 1);
        copy("2d into prim", new int[2][2], 0, new int[3], 0, 1);
        copy("prim into 2d", new int[3], 0, new int[2][2], 0, 1);
        copy("mismatch+bad index", new int[3], -1, new String[3], 0, 1);
        Object[] mixed = {1, "two", 3};
        Integer[] ints = new Integer[3];
        copy("element", mixed, 0, ints, 0, 3);
        System.out.println("copied before the failure: " + ints[0] + " " + ints[1]);
        copy("element 2d", new Object[] {new int[1], new String[1]}, 0, new int[2][], 0, 2);
        copy("element string", new Object[] {"s", 4}, 0, new String[2], 0, 2);
        copy("zero length at end", new int[3], 3, new int[3], 3, 0);
        copy("zero length past end", new int[3], 4, new int[3], 0, 0);
        try {
            System.arraycopy(null, 0, new int[1], 0, 1);
        } catch (NullPointerException e) {
            System.out.println("null source: NullPointerException");
        }
        try {
            System.arraycopy(new int[1], 0, null, 0, 1);
        } catch (NullPointerException e) {
            System.out.println("null destination: NullPointerException");
        }
    }
}
