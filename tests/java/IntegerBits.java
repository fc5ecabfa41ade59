// Bit-twiddling helpers of Integer and Long, and unsigned arithmetic.
public class IntegerBits {
    public static void main(String[] args) {
        int[] vals = {0, 1, -1, 42, Integer.MIN_VALUE, Integer.MAX_VALUE, 0x12345678, 0x80000001, 1 << 20};
        for (int v : vals) {
            System.out.println(v + ": bc=" + Integer.bitCount(v) + " nlz=" + Integer.numberOfLeadingZeros(v)
                + " ntz=" + Integer.numberOfTrailingZeros(v) + " hob=" + Integer.highestOneBit(v)
                + " lob=" + Integer.lowestOneBit(v) + " rev=" + Integer.reverse(v) + " rb=" + Integer.reverseBytes(v)
                + " rl=" + Integer.rotateLeft(v, 5) + " rr=" + Integer.rotateRight(v, 33));
        }
        long[] lvals = {0L, -1L, Long.MIN_VALUE, 0x123456789abcdefL, 1L << 40};
        for (long v : lvals) {
            System.out.println(v + ": bc=" + Long.bitCount(v) + " nlz=" + Long.numberOfLeadingZeros(v)
                + " ntz=" + Long.numberOfTrailingZeros(v) + " hob=" + Long.highestOneBit(v)
                + " rev=" + Long.reverse(v) + " rl=" + Long.rotateLeft(v, 7));
        }
        System.out.println(Integer.compareUnsigned(-1, 1) + " " + Integer.divideUnsigned(-1, 3) + " " + Integer.remainderUnsigned(-1, 7)
            + " " + Long.compareUnsigned(1, -1) + " " + Long.divideUnsigned(-1L, 10) + " " + Long.remainderUnsigned(-1L, 10));
        int x = -17;
        System.out.println((x >> 2) + " " + (x >>> 28) + " " + (x << 30) + " " + (1 << 33) + " " + (1 << -1) + " " + (x >> 35));
        long y = -17L;
        System.out.println((y >> 2) + " " + (y >>> 60) + " " + (y << 62) + " " + (1L << 65) + " " + (1L << -1));
        System.out.println((5 & 3) + " " + (5 | 3) + " " + (5 ^ 3) + " " + (~5) + " " + (~0L) + " " + (0xF0 & -0x10));
        byte b = (byte) 0x90;
        System.out.println(b + " " + (b & 0xff) + " " + (b >> 1) + " " + (b >>> 1) + " " + ((b & 0xff) >>> 1));
        char ch = 'A';
        ch += 2;
        ch <<= 1;
        System.out.println((int) ch);
    }
}
