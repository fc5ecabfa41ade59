// String.format scientific and general conversions: %e %E %g %G with precision, width and flags.
public class FormatSci {
    public static void main(String[] args) {
        double[] vals = {0.0, 1.0, -1.5, 123456.789, 0.000123456, 1e-10, 6.02214076e23, 9.9999999, 0.5, 2.5e-5, 100.0, 1e100};
        for (double v : vals) {
            System.out.println(String.format("%e|%.2e|%12.3e|%-12.1E|%+.0e|%g|%.3g|%10.2G|%.0g", v, v, v, v, v, v, v, v, v));
        }
        System.out.println(String.format("%e %g", Double.NaN, Double.NEGATIVE_INFINITY));
        System.out.println(String.format("%.3e %.3e %.1e", 1.0005, 1.0015, 9.95));
        System.out.println(String.format("%g %g %g %g", 0.0001, 0.00001, 123456.0, 1234567.0));
    }
}
