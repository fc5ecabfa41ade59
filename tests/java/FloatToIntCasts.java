// Narrowing floating point to integral types saturates; NaN becomes 0 (JLS 5.1.3).
public class FloatToIntCasts {
    public static void main(String[] args) {
        double[] ds = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1e10, -1e10,
                       1e19, -1e19, 2147483647.9, -2147483648.9, 2147483648.0, 0.9999, -0.9999,
                       -0.0, 123.5, -123.5, 9.223372036854776E18, 4.5e15, 65535.9, 70000.0, -1.0};
        for (double d : ds) {
            System.out.println(d + " -> int " + (int) d + " long " + (long) d + " char " + (int) (char) d
                + " short " + (short) d + " byte " + (byte) d);
        }
        float[] fs = {Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, 3e9f, -3e9f, 1e20f,
                      -1e20f, 16777217f, 0.5f, -2.5f};
        for (float f : fs) {
            System.out.println(f + " -> int " + (int) f + " long " + (long) f);
        }
        System.out.println((int) 1e300 + " " + (long) -1e300);
        System.out.println(Math.round(Double.NaN) + " " + Math.round(1e300) + " " + Math.round(-1e300));
        System.out.println(Math.round(2.5) + " " + Math.round(-2.5) + " " + Math.round(0.49999999999999994));
        System.out.println(Math.round(2.5f) + " " + Math.round(-2.5f) + " " + Math.round(Float.NaN));
        System.out.println((float) 16777217 + " " + (double) Long.MAX_VALUE + " " + (float) Long.MIN_VALUE);
        System.out.println((double) (float) 0.1 + " " + (float) 0.1);
    }
}
