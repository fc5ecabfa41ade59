// String.format %f with precision, width and flags, including HALF_UP rounding of the decimal.
public class FormatFloats {
    public static void main(String[] args) {
        double[] vals = {0.0, -0.0, 1.0, -1.5, 3.14159265358979, 2.675, 0.125, 0.375, 1.005, 1234567.891, 1e-7, 123456789012.345,
                         0.5, 1.5, 2.5, -2.5, 9.995, 99.5, 0.05, 1e20, Double.MAX_VALUE / 1e300};
        for (double v : vals) {
            System.out.println(String.format("%f|%.0f|%.1f|%.2f|%.3f|%10.2f|%-10.2f|%010.3f|%+.2f|% .2f|%,.2f|%(.1f",
                v, v, v, v, v, v, v, v, v, v, v, v));
        }
        System.out.println(String.format("%f %f %f %.2f", Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN));
        System.out.println(String.format("%8.3f|%-8.1f|%.4f", 1.5f, -2.25f, 0.1f));
        System.out.println(String.format("%.10f %.15f %.20f", 0.1, 1.0 / 3, 0.1));
        System.out.println(String.format("%.3f %.3f %.3f %.3f", 0.0005, 0.0015, 0.0025, 1.0005));
        System.out.println(String.format("%.1f %.1f %.1f %.1f", 0.05, 0.15, 0.25, 0.35));
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20; i++) sb.append(String.format("%.2f ", i / 8.0));
        System.out.println(sb);
    }
}
