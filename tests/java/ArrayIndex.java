// ArrayIndexOutOfBoundsException from the VM: "Index 5 out of bounds for length 3" for every array type.
public class ArrayIndex {
    interface Run { void go(); }

    static void check(String what, Run r) {
        try {
            r.go();
            System.out.println(what + ": no exception");
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println(what + ": " + e.getMessage() + " (" + (e instanceof IndexOutOfBoundsException) + ")");
        }
    }

    static int idx(int i) { return i; }

    public static void main(String[] args) {
        int[] ia = new int[3];
        check("int load", () -> System.out.println(ia[idx(5)]));
        check("int store", () -> ia[idx(3)] = 1);
        check("negative", () -> System.out.println(ia[idx(-1)]));
        check("min int", () -> System.out.println(ia[Integer.MIN_VALUE]));
        check("long", () -> { long[] a = new long[2]; a[idx(2)] = 1; });
        check("double", () -> { double[] a = new double[1]; System.out.println(a[idx(1)]); });
        check("float", () -> { float[] a = new float[4]; a[idx(4)] = 1f; });
        check("byte", () -> { byte[] a = new byte[10]; a[idx(10)]++; });
        check("boolean", () -> { boolean[] a = new boolean[1]; System.out.println(a[idx(9)]); });
        check("char", () -> { char[] a = new char[2]; a[idx(-2)] = 'x'; });
        check("short", () -> { short[] a = new short[3]; System.out.println(a[idx(100)]); });
        check("object", () -> { String[] a = new String[3]; a[idx(5)] = "s"; });
        check("empty", () -> { Object[] a = new Object[0]; System.out.println(a[idx(0)]); });
        check("2d outer", () -> { int[][] a = new int[2][3]; a[idx(2)][0] = 1; });
        check("2d inner", () -> { int[][] a = new int[2][3]; a[1][idx(3)] = 1; });
        check("last valid", () -> { int[] a = new int[3]; a[idx(2)] = 7; System.out.println("a[2]=" + a[2]); });
        try {
            throw new ArrayIndexOutOfBoundsException(7);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
    }
}
