import java.util.Formatter;

/* Formatter and String.format: conversions, flags, widths, rounding, errors. */
public class FormatTest {
    static void f(String fmt, Object... args) {
        try {
            System.out.println("[" + String.format(fmt, args) + "]");
        } catch (RuntimeException e) {
            System.out.println(fmt + " -> " + e);
        }
    }

    public static void main(String[] argv) {
        f("%d %5d %-5d| %05d %+d % d %,d %(d %x %X %o %#x %#o", 42, 42, 42, 42, 42, 42, 1234567, -42, 255, 255, 8, 255, 8);
        f("%d %d %d %d", (byte) -1, (short) -300, Integer.MIN_VALUE, Long.MIN_VALUE);
        f("%x %x %x %x %o", (byte) -1, (short) -1, -1, -1L, -8);
        f("%,d %,d %,d %,015d %(,d", 0, 999, -1234, 1234567, -7654321);
        f("%08X|%-8x|%#10X|%#010x", 48879, 48879, 48879, 48879);
        f("%s %S %10s %-10s| %.2s %b %B %c %C %%", "hi", "hi", "right", "left", "truncate", null, true, 'x', 'y');
        f("%b %b %h %h %s", "", 0, "hi", null, null);
        f("%c %c %c", 65, (byte) 66, (short) 0x263A);
        f("%f %.2f %.0f %.3f %10.2f %-10.2f| %010.2f %+.1f %(.2f % .1f", Math.PI, 2.675, 2.5, -0.0005, 3.14159, 3.14159, -3.14159, 1.0, -5.5, 2.0);
        f("%.1f %.1f %.1f %.1f %.2f %.2f", 0.05, 0.15, 0.25, 0.35, 1.005, 1.015);
        f("%f %f %f %.0f %.0f %.0f", 0.0, -0.0, 1e-7, 0.5, 1.5, 9.5);
        f("%.3f %.10f %.20f %f", 1234567.8915, 0.1, 0.1, 1e20);
        f("%,.2f %,f %f %f", 1234567.891, 9876543.21, Double.MAX_VALUE, Double.MIN_VALUE);
        f("%e %.2e %E %.0e %#.0e %12.3e %-12.3e| %e", 12345.678, 0.000123456, 1e100, 5.5, 5.5, -1234.5, 1234.5, 0.0);
        f("%g %g %g %g %g %.3g %G %g %g", 1.0, 0.0001, 0.00001, 123456.0, 1234567.0, 3.14159, 1e-10, 0.0, 99999.95);
        f("%f %e %g %5.1f %f", Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, (float) 0.1);
        f("%.2f %.2f %s", 1.1f, 100.0f / 3, 1.0f / 3);
        f("%2$s %1$s %<s %s %s", "a", "b");
        f("%n|%-6%|%6%|");
        f("%d", "x");
        f("%s %s", "only one");
        f("%q");
        f("%");
        f("%5");
        f("%.2d", 5);
        f("%-d", 5);
        f("%0s", "x");
        f("%#s", "x");
        f("%+s", "x");
        f("%--5d", 5);
        f("%+ d", 5);
        f("%-05d", 5);
        f("%,x", 5);
        f("%#d", 5);
        f("%+x", 5);
        f("%c", 0x110000);
        f("%c", "str");
        f("%.2c", 'a');
        f("%0$s", "a");
        f("%<s", "a");
        f("%f", 5);
        f("%d", 5.0);
        f("%5n");
        f("%-%");
        f("%D", 1);
        f("%,e", 1.0);
        f("%#g", 1.0);
        f("abc %d def %s", 1, "ghi");
        f("%10.4s|%-10.4S|", "abcdefgh", "abcdefgh");
        f("%s %s", new int[0].length, java.util.Arrays.asList(1, 2));
        StringBuilder sb = new StringBuilder();
        Formatter fm = new Formatter(sb);
        fm.format("%d-%s", 1, "a").format("|%05.1f", 2.25);
        System.out.println(fm.toString() + " " + sb);
        System.out.printf("printf %d %s%n", 7, "ok");
        System.out.format("%s|%n", "format");
        try {
            System.out.printf("partial %d then %d%n", 1);
        } catch (RuntimeException e) {
            System.out.println();
            System.out.println("caught " + e);
        }
        double[] vals = { 0.125, 0.375, 1e-5, 123.456, 9.995, 99.5, 0.5e-3, 1e15, 123456789.987654321, 5e-324 };
        for (double v : vals)
            f("%.2f|%.4e|%.3g|%10.3f|%-+12.1e|%g", v, v, v, v, v, v);
    }
}
