package stardust.vm;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Host stand-in for the VM's stardust.vm.Native, used only by check-classlib to run the class
 * library on OpenJDK (patched into java.base). Same contract as the VM's natives, implemented
 * with OpenJDK's own classes.
 */
public final class Native {
    private static final FileOutputStream OUT = new FileOutputStream(FileDescriptor.out);
    private static final FileOutputStream ERR = new FileOutputStream(FileDescriptor.err);
    private static final FileInputStream IN = new FileInputStream(FileDescriptor.in);

    private Native() {
    }

    public static int write(int fd, byte[] b, int off, int len) throws IOException {
        (fd == 2 ? ERR : OUT).write(b, off, len);
        return len;
    }

    public static int read(int fd, byte[] b, int off, int len) throws IOException {
        return IN.read(b, off, len);
    }

    public static String doubleToString(double d) {
        return Double.toString(d);
    }

    public static String floatToString(float f) {
        return Float.toString(f);
    }

    public static double parseDouble(String s) {
        return Double.parseDouble(s);
    }

    /* Shortest repr digits and exponent: "12345E-2" for 123.45 (sign kept, "0E0" for zero). */
    public static String doubleDigits(double d) {
        BigDecimal b = new BigDecimal(Double.toString(Math.abs(d))).stripTrailingZeros();
        String sign = (d < 0 || (d == 0 && 1 / d < 0)) ? "-" : "";
        if (b.signum() == 0)
            return sign + "0E0";
        return sign + b.unscaledValue() + "E" + (-b.scale());
    }
}
