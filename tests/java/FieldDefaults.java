// Static and instance fields of every type: defaults, writes, reads, volatile, final, inheritance.
public class FieldDefaults {
    static boolean sz; static byte sb; static short ss; static char sc; static int si; static long sl; static float sf; static double sd; static Object so;
    boolean z; byte b; short s; char c; int i; long l; float f; double d; Object o;
    volatile long vl; volatile double vd;
    final int fin = 9;

    static class Child extends FieldDefaults {
        int i = 77;          // hides FieldDefaults.i
        long extra = -1;
    }

    public static void main(String[] args) {
        System.out.println(sz + " " + sb + " " + ss + " " + (int) sc + " " + si + " " + sl + " " + sf + " " + sd + " " + so);
        FieldDefaults x = new FieldDefaults();
        System.out.println(x.z + " " + x.b + " " + x.s + " " + (int) x.c + " " + x.i + " " + x.l + " " + x.f + " " + x.d + " " + x.o + " " + x.vl + " " + x.vd);
        sz = true; sb = -8; ss = -300; sc = 'q'; si = -70000; sl = Long.MIN_VALUE + 1; sf = 1.25f; sd = -2.5e-10; so = "obj";
        x.z = true; x.b = 127; x.s = Short.MIN_VALUE; x.c = '\uffff'; x.i = Integer.MIN_VALUE; x.l = 1L << 63; x.f = Float.MIN_VALUE; x.d = Double.MAX_VALUE; x.o = x;
        x.vl = 0x0123456789abcdefL; x.vd = Math.PI;
        System.out.println(sz + " " + sb + " " + ss + " " + sc + " " + si + " " + sl + " " + sf + " " + sd + " " + so);
        System.out.println(x.z + " " + x.b + " " + x.s + " " + (int) x.c + " " + x.i + " " + x.l + " " + x.f + " " + x.d + " " + (x.o == x) + " " + x.vl + " " + x.vd + " " + x.fin);
        Child ch = new Child();
        FieldDefaults asParent = ch;
        ch.i = 5;
        asParent.i = 6;
        System.out.println(ch.i + " " + asParent.i + " " + ((FieldDefaults) ch).i + " " + ch.extra);
        x.b++; x.s--; x.c++; x.i--; x.l++; x.f++; x.d--;
        si += 5; sl *= 2; sb >>= 1; ss <<= 2;
        System.out.println(x.b + " " + x.s + " " + (int) x.c + " " + x.i + " " + x.l + " " + x.f + " " + x.d + " " + si + " " + sl + " " + sb + " " + ss);
    }
}
