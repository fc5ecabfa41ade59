// Constant-pool loading: int/long/float/double/String constants of every size (ldc, ldc_w, ldc2_w, sipush...).
public class Constants {
    static final long BIG = 0x7edcba9876543210L;
    static final double D = 6.02214076e23;
    static final float F = 1.17549435E-37f;

    public static void main(String[] args) {
        int[] ints = {-1, 0, 1, 5, 6, -128, 127, 128, -129, 32767, 32768, -32768, -32769, 65535, 1 << 30, Integer.MIN_VALUE, Integer.MAX_VALUE};
        long sum = 0;
        for (int i : ints) sum += i;
        System.out.println(sum + " " + java.util.Arrays.toString(ints));
        long[] longs = {0L, 1L, 2L, -1L, BIG, Long.MIN_VALUE, 1L << 32, 4294967296L};
        System.out.println(java.util.Arrays.toString(longs));
        System.out.println(0.0f + " " + 1.0f + " " + 2.0f + " " + 3.0f + " " + 0.0 + " " + 1.0 + " " + 2.0 + " " + D + " " + F + " " + (double) F);
        System.out.println("\u0041\t\"quoted\"\\ \u00e9".length() + " " + "".length() + " " + "\0".length() + " " + (int) "\uD83D\uDE00".charAt(1));
        String big = "a very long string constant that still fits into one constant pool entry of the class file";
        System.out.println(big.length() + " " + big.hashCode());
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 300; i++) sb.append(i % 7);
        System.out.println(sb.toString().hashCode());
        System.out.println(Integer.MAX_VALUE + 1L + " " + (byte) 0x80 + " " + (short) 0x8000 + " " + 'A' + (char) 0x42);
    }
}
