// String.format integer conversions: %d %x %X %o with flags, width and negative numbers.
public class FormatInts {
    public static void main(String[] args) {
        int[] vals = {0, 7, -7, 42, -42, 123456789, Integer.MIN_VALUE, Integer.MAX_VALUE};
        for (int v : vals) {
            System.out.println(String.format("[%d] [%5d] [%-5d] [%05d] [%+d] [% d] [%,d] [%(d] [%x] [%X] [%o] [%08x] [%#x] [%#o]",
                v, v, v, v, v, v, v, v, v, v, v, v, v, v));
        }
        long[] lvals = {0L, -1L, 1234567890123L, Long.MIN_VALUE, Long.MAX_VALUE};
        for (long v : lvals) System.out.println(String.format("%d|%,d|%x|%X|%o|%20d|%-20d|", v, v, v, v, v, v, v));
        System.out.println(String.format("%d %d %d %x %x", (byte) -1, (short) -1, Integer.valueOf(5), (byte) -1, (short) -2));
        System.out.println(String.format("%,015d|%+,d|%-+8d|% 07d", 1234567, -9876543, 42, 42));
        System.out.printf("%3d%%%n", 50);
        System.out.println(String.format("%1$d %1$x %2$d %1$o", 255, 16));
        System.out.println(String.format("%s %s", 12, -3L));
    }
}
