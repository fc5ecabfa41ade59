// String identity: literals and constant expressions are interned; runtime strings are not.
public class StringIntern {
    static final String CONST = "hel";

    public static void main(String[] args) {
        String a = "hello";
        String b = "hello";
        String c = "hel" + "lo";
        String d = CONST + "lo";
        String lo = "lo";
        String e = "hel" + lo;
        String f = new String("hello");
        System.out.println(a == b);
        System.out.println(a == c);
        System.out.println(a == d);
        System.out.println(a == e);
        System.out.println(a == f);
        System.out.println(a.equals(e) && a.equals(f));
        System.out.println(a == e.intern());
        System.out.println(a == f.intern());
        String g = new StringBuilder("wor").append("ld").toString();
        String gi = g.intern();
        System.out.println(gi == "world");
        String h = new StringBuilder("uniq").append("ue-").append(42).toString();
        System.out.println(h.intern() == h.intern());
        System.out.println(h.intern() == "unique-42");
        System.out.println(Other.S == "shared literal");
        System.out.println("" == "");
        System.out.println(String.valueOf(1) == String.valueOf(1));
    }

    static class Other {
        static String S = "shared literal";
    }
}
