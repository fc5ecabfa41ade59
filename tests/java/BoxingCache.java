// Box caches: valueOf(-128..127) returns shared instances; autoboxing uses valueOf.
import java.util.ArrayList;
import java.util.List;

public class BoxingCache {
    public static void main(String[] args) {
        Integer a = 127, b = 127;
        Integer c = 128, d = 128;
        System.out.println((a == b) + " " + (c == d) + " " + c.equals(d));
        System.out.println((Integer.valueOf(-128) == Integer.valueOf(-128)) + " " + (Integer.valueOf(-129) == Integer.valueOf(-129)));
        Long la = 127L, lb = 127L, lc = 128L, ld = 128L;
        System.out.println((la == lb) + " " + (lc == ld));
        Short sa = 100, sb = 100;
        System.out.println(sa == sb);
        Byte ba = (byte) -1, bb = (byte) -1;
        System.out.println(ba == bb);
        Character ca = 'x', cb = 'x';
        Character cc = '\u0100', cd = '\u0100';
        System.out.println((ca == cb) + " " + (cc == cd));
        Boolean t1 = true, t2 = Boolean.valueOf("TRUE");
        System.out.println((t1 == t2) + " " + Boolean.valueOf("yes") + " " + Boolean.parseBoolean("True"));
        System.out.println(new Integer(5) == new Integer(5));
        System.out.println(new Integer(5).equals(5) + " " + new Long(5).equals(5) + " " + Long.valueOf(5).equals(5L));
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < 300; i++) list.add(i);
        System.out.println((list.get(100) == list.get(100)) + " " + list.indexOf(250) + " " + list.contains(299));
        list.remove(Integer.valueOf(5));
        list.remove(5);
        System.out.println(list.subList(0, 8));
        Integer n = null;
        try {
            int x = n;
            System.out.println(x);
        } catch (NullPointerException e) {
            System.out.println("unboxing null: NPE");
        }
        Integer sum = 0;
        for (int i = 0; i < 10; i++) sum += i;
        System.out.println(sum);
        Double dd = 1.0, de = 1.0;
        System.out.println((dd == de) + " " + dd.equals(de));
        Object o = 42;
        System.out.println(o.getClass().getName() + " " + ((Object) 'c').getClass().getName() + " " + ((Object) 1.5f).getClass().getName());
        long widened = a;
        System.out.println(widened + (a + b) + (c.intValue() + 0.5));
        System.out.println(a.compareTo(c) + " " + Integer.compare(5, 3) + " " + Character.valueOf('b').compareTo('a'));
    }
}
