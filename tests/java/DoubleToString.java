// Double.toString: shortest decimal that round-trips, plain between 1e-3 and 1e7, else E notation.
public class DoubleToString {
    // OpenJDK 17 (before the JDK-4511638 fix in 19) prints some doubles between 1e16 and 1e24 with
    // more digits than needed (1e23 as 9.999999999999999E22); both forms are accepted by the spec
    // of 17, so those values are left out rather than pinning the VM to the old quirk.
    static boolean jdk17Anomaly(double d) {
        double a = Math.abs(d);
        return a >= 1e16 && a < 1e24;
    }

    public static void main(String[] args) {
        double[] fixed = {0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.1 + 0.2, 1.0 / 3, 2.0 / 3, 100.0, 1e7, 9999999.0,
            1e-3, 9.99e-4, 0.001, 1234567.125, 12345678.9, 1e21, 1e22, 1.5e300, 4.9e-324,
            Double.MIN_VALUE, Double.MAX_VALUE, Double.MIN_NORMAL, Math.PI, Math.E, 123.456, -9.87654321e-5,
            5e-324, 2.2250738585072014E-308, 1.7976931348623157E308, 0.5, 0.25, 0.125, 3.0e10,
            Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 100.5, 1.0e-10, 2.5e-5,
            (double) Long.MAX_VALUE, 4.35, 0.3, 2.675, 1.005, 5.0e-5, 1.0E-7};
        for (double d : fixed) System.out.println(d);
        double p = 1;
        for (int i = 0; i < 17; i++) { System.out.println(p + " " + (-p / 7)); p *= 10; }
        p = 1;
        for (int i = 0; i < 12; i++) { p /= 10; System.out.println(p + " " + p * 3); }
        long seed = 12345;
        for (int i = 0; i < 200; i++) {
            seed = seed * 6364136223846793005L + 1442695040888963407L;
            long bits = seed >>> 1;
            double d = Double.longBitsToDouble(bits);
            if (Double.isNaN(d) || jdk17Anomaly(d)) continue;
            System.out.println(d);
        }
        for (int i = 0; i < 100; i++) {
            seed = seed * 6364136223846793005L + 1442695040888963407L;
            double d = (seed >>> 11) / (double) (1L << 53) * 1e6;
            System.out.println(d);
        }
        for (int i = 1; i <= 50; i++) System.out.println(i / 16.0 + " " + i * 0.1 + " " + 1.0 / i);
    }
}
