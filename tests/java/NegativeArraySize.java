// NegativeArraySizeException for every array-creating bytecode, with the size as message.
public class NegativeArraySize {
    static int n(int x) { return x; }

    interface Run { void go(); }

    static void check(String what, Run r) {
        try {
            r.go();
            System.out.println(what + ": no exception");
        } catch (NegativeArraySizeException e) {
            System.out.println(what + ": NegativeArraySizeException " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        check("newarray int", () -> System.out.println(new int[n(-5)].length));
        check("newarray byte", () -> System.out.println(new byte[n(-1)].length));
        check("anewarray", () -> System.out.println(new String[n(-3)].length));
        check("multianewarray first", () -> System.out.println(new int[n(-2)][3].length));
        check("multianewarray second", () -> System.out.println(new int[3][n(-7)].length));
        check("min value", () -> System.out.println(new long[Integer.MIN_VALUE].length));
        check("zero is fine", () -> System.out.println("length " + new int[n(0)].length));
        check("partial multi", () -> System.out.println(new Object[2][n(-4)][].length));
        check("java.lang.reflect.Array", () -> System.out.println(java.lang.reflect.Array.newInstance(int.class, n(-6))));
    }
}
