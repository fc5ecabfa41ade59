package stardust.vm;

/* VM-owned helpers the class library may call (runtime/classlib/CONTRACT.md). */
public final class Native {
    private Native() {
    }

    /* bytes to a file descriptor (1 stdout, 2 stderr); returns count or throws IOException */
    public static native int write(int fd, byte[] b, int off, int len);

    /* bytes from fd 0; -1 at end */
    public static native int read(int fd, byte[] b, int off, int len);

    public static native String doubleToString(double d);

    public static native String floatToString(float f);

    public static native double parseDouble(String s);

    /* digits and decimal exponent of the shortest representation, e.g. "12345E-2" */
    public static native String doubleDigits(double d);
}
