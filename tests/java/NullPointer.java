// NullPointerException raised by the VM: fields, calls, arrays, throw null, monitors, unboxing.
public class NullPointer {
    int field = 1;
    void method() { }
    static int[] nullArray() { return null; }
    static NullPointer nullObj() { return null; }

    interface Run { void go() throws Throwable; }

    static void check(String what, Run r) {
        try {
            r.go();
            System.out.println(what + ": no exception");
        } catch (NullPointerException e) {
            System.out.println(what + ": NPE message=" + e.getMessage());
        } catch (Throwable t) {
            System.out.println(what + ": unexpected " + t);
        }
    }

    public static void main(String[] args) {
        check("getfield", () -> System.out.println(nullObj().field));
        check("putfield", () -> nullObj().field = 2);
        check("invokevirtual", () -> nullObj().method());
        check("invokeinterface", () -> ((Runnable) null).run());
        check("string method", () -> ((String) null).length());
        check("iaload", () -> System.out.println(nullArray()[0]));
        check("iastore", () -> nullArray()[0] = 1);
        check("arraylength", () -> System.out.println(nullArray().length));
        check("aaload", () -> System.out.println(((Object[]) null)[0]));
        check("athrow null", () -> { throw null; });
        check("monitorenter", () -> { synchronized (nullObj()) { System.out.println("in"); } });
        check("unboxing", () -> { Integer i = null; int x = i + 1; System.out.println(x); });
        check("explicit", () -> { throw new NullPointerException("explicit message"); });
        check("instanceof null is fine", () -> System.out.println(null instanceof Object));
        check("string concat null is fine", () -> System.out.println("x" + null));
        check("long array", () -> { long[] l = null; l[1] = 5L; });
        check("2d array", () -> { int[][] a = new int[2][]; a[1][0] = 3; });
        int caught = 0;
        for (int i = 0; i < 1000; i++) {
            try { nullObj().method(); } catch (NullPointerException e) { caught++; }
        }
        System.out.println("caught " + caught);
    }
}
