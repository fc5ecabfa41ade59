// Primitive conversions: widening, narrowing, char arithmetic, compound assignment, ternary typing.
public class Conversions {
    public static void main(String[] args) {
        byte b = (byte) 0xff;
        short s = (short) 0x8001;
        char c = 'z';
        int i = 1 << 24;
        long l = 1L << 40;
        float f = i + 1;
        double d = l + 1;
        System.out.println(b + " " + s + " " + (int) c + " " + f + " " + d + " " + (float) (i + 3) + " " + (int) 3.99 + " " + (int) -3.99);
        System.out.println((char) 66 + " " + (char) ('a' + 2) + " " + ('a' + 2) + " " + (int) (char) -1 + " " + (short) (char) 65535);
        b += 200;
        s *= 3;
        c += 1;
        int x = 7;
        x /= 2.5;
        long big = Long.MAX_VALUE;
        big += 0.5;
        System.out.println(b + " " + s + " " + c + " " + x + " " + big);
        System.out.println(true ? 1 : 'a');
        System.out.println(false ? 1 : 'a');
        System.out.println(true ? 'b' : 0);
        System.out.println(true ? (Integer) 5 : 2.0);
        Integer nul = null;
        try {
            int r = false ? 0 : nul;
            System.out.println(r);
        } catch (NullPointerException e) {
            System.out.println("ternary unboxing: NPE");
        }
        System.out.println(1 / 2 + 1 / 2.0 + " " + (1 + 2 + "3" + 4 + 5) + " " + ('a' + 'b') + " " + (char) ('a' + 'b' - 'a'));
        float ff = 0.1f;
        double dd = ff;
        System.out.println((dd == 0.1) + " " + ((float) dd == ff) + " " + (0.1f + 0.2f == 0.3f) + " " + (0.1 + 0.2 == 0.3));
        long ll = 123456789123L;
        System.out.println((int) ll + " " + (short) ll + " " + (byte) ll + " " + (int) (char) ll + " " + (float) (ll / 1000000) + " " + (double) ll);
        int neg = -1;
        System.out.println((long) neg + " " + (neg & 0xffffffffL) + " " + (int) (char) neg + " " + (neg >>> 1) + " " + ((long) neg >>> 1));
        double tiny = 1e-320;
        System.out.println((float) tiny + " " + (float) 1e-40 + " " + (double) Float.MIN_VALUE + " " + (long) 1e-320);
        System.out.println(0.1f + " " + (double) 0.1f + " " + (float) 0.3 + " " + (0.1f * 3) + " " + (1.0f / 3 * 3));
        int ii = 'A';
        char fromInt = (char) (ii + 25);
        System.out.println(ii + " " + fromInt + " " + Character.getNumericValue(fromInt));
    }
}
