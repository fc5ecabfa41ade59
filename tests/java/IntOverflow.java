// Exact two's-complement int and long arithmetic: wrap-around, MIN_VALUE corner cases.
public class IntOverflow {
    public static void main(String[] args) {
        int max = Integer.MAX_VALUE, min = Integer.MIN_VALUE;
        System.out.println(max + 1);
        System.out.println(min - 1);
        System.out.println(max * 2);
        System.out.println(min * -1);
        System.out.println(min / -1);
        System.out.println(min % -1);
        System.out.println(-min);
        System.out.println(Math.abs(min));
        System.out.println(max * max);
        System.out.println(123456789 * 987654321);
        int x = max; x++;
        System.out.println(x);
        long lmax = Long.MAX_VALUE, lmin = Long.MIN_VALUE;
        System.out.println(lmax + 1);
        System.out.println(lmin - 1);
        System.out.println(lmin / -1);
        System.out.println(lmin % -1L);
        System.out.println(lmax * 3);
        System.out.println(1234567890123456789L * 987654321987654321L);
        System.out.println((long) max + 1);
        System.out.println((int) (lmax));
        System.out.println((int) 0x1_0000_0001L);
        System.out.println((short) 40000);
        System.out.println((byte) 200);
        System.out.println((char) -1 + 0);
        System.out.println((byte) -129);
        short s = Short.MAX_VALUE; s++;
        System.out.println(s);
        byte b = 127; b += 1;
        System.out.println(b);
        char c = 0; c--;
        System.out.println((int) c);
        int acc = 1;
        for (int i = 0; i < 40; i++) acc = acc * 31 + i;
        System.out.println(acc);
        long lacc = 1;
        for (int i = 0; i < 80; i++) lacc = lacc * 1000003L ^ i;
        System.out.println(lacc);
        System.out.println(7 / -2 + " " + 7 % -2 + " " + -7 / 2 + " " + -7 % 2);
        System.out.println(7L / -2 + " " + 7L % -2 + " " + -7L / 2 + " " + -7L % 2);
        System.out.println(Integer.MAX_VALUE + Integer.MAX_VALUE);
        System.out.println(Long.MIN_VALUE + Long.MIN_VALUE);
    }
}
