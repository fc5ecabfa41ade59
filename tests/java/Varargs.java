// Varargs: zero arguments, explicit arrays, null, overload resolution, primitive varargs.
import java.util.Arrays;

public class Varargs {
    static int count(Object... xs) { return xs == null ? -1 : xs.length; }
    static String join(String sep, String... parts) { return String.join(sep, parts); }
    static int sum(int... xs) { int s = 0; for (int x : xs) s += x; return s; }
    static String which(int x) { return "fixed"; }
    static String which(int... x) { return "varargs"; }
    static String which2(Object o) { return "object"; }
    static String which2(Object... o) { return "varargs"; }
    static String fmt(String f, Object... a) { return String.format(f, a); }

    public static void main(String[] args) {
        System.out.println(count() + " " + count(1) + " " + count(1, "two", 3.0) + " " + count((Object[]) null)
            + " " + count((Object) null) + " " + count(new Object[] {1, 2}) + " " + count(new int[] {1, 2}));
        System.out.println(join("-") + "|" + join("-", "a") + "|" + join(", ", "a", "b", "c"));
        System.out.println(sum() + " " + sum(5) + " " + sum(1, 2, 3, 4) + " " + sum(new int[] {10, 20}));
        System.out.println(which(1) + " " + which() + " " + which(1, 2) + " " + which2("x") + " " + which2("x", "y"));
        System.out.println(fmt("%s-%s", "a", "b") + " " + fmt("none"));
        System.out.println(Arrays.asList(1, 2, 3) + " " + Arrays.asList().size() + " " + Arrays.asList(new String[] {"q"}));
    }
}
