package java.lang;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;

/* VM-owned. The standard streams are plain streams over file descriptors 0, 1, 2 through
 * stardust.vm.Native; System.out and System.err flush at each println and at exit. */
public final class System {
    public static final InputStream in = null;
    public static final PrintStream out = null;
    public static final PrintStream err = null;

    private System() {
    }

    static {
        setIn0(new FdInputStream());
        setOut0(new PrintStream(new java.io.BufferedOutputStream(new FdOutputStream(1), 8192), true));
        setErr0(new PrintStream(new FdOutputStream(2), true));
    }

    private static final class FdOutputStream extends OutputStream {
        private final int fd;

        FdOutputStream(int fd) {
            this.fd = fd;
        }

        public void write(int b) throws IOException {
            stardust.vm.Native.write(fd, new byte[] { (byte) b }, 0, 1);
        }

        public void write(byte[] b, int off, int len) throws IOException {
            stardust.vm.Native.write(fd, b, off, len);
        }
    }

    private static final class FdInputStream extends InputStream {
        public int read() throws IOException {
            byte[] b = new byte[1];
            int n = stardust.vm.Native.read(0, b, 0, 1);
            return n <= 0 ? -1 : (b[0] & 0xff);
        }

        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0)
                return 0;
            return stardust.vm.Native.read(0, b, off, len);
        }
    }

    private static native void setIn0(InputStream in);
    private static native void setOut0(PrintStream out);
    private static native void setErr0(PrintStream err);
    private static native String getProperty0(String key);
    private static native String getenv0(String name);

    public static void setIn(InputStream in) {
        setIn0(in);
    }

    public static void setOut(PrintStream out) {
        setOut0(out);
    }

    public static void setErr(PrintStream err) {
        setErr0(err);
    }

    public static native void arraycopy(Object src, int srcPos, Object dest, int destPos, int length);

    public static native long currentTimeMillis();

    public static native long nanoTime();

    public static native int identityHashCode(Object x);

    /* Properties set at run time, over those of the command line (-D) and the VM's defaults. */
    private static java.util.HashMap<String, String> overrides;
    private static final String CLEARED = new String("");

    public static String getProperty(String key) {
        checkKey(key);
        synchronized (System.class) {
            if (overrides != null && overrides.containsKey(key)) {
                String v = overrides.get(key);
                return v == CLEARED ? null : v;
            }
        }
        return getProperty0(key);
    }

    public static String setProperty(String key, String value) {
        checkKey(key);
        if (value == null)
            throw new NullPointerException();
        String old = getProperty(key);
        synchronized (System.class) {
            if (overrides == null)
                overrides = new java.util.HashMap<String, String>();
            overrides.put(key, value);
        }
        return old;
    }

    public static String clearProperty(String key) {
        checkKey(key);
        String old = getProperty(key);
        synchronized (System.class) {
            if (overrides == null)
                overrides = new java.util.HashMap<String, String>();
            overrides.put(key, CLEARED);
        }
        return old;
    }

    public static String getProperty(String key, String def) {
        String v = getProperty(key);
        return v == null ? def : v;
    }

    private static void checkKey(String key) {
        if (key == null)
            throw new NullPointerException("key can't be null");
        if (key.isEmpty())
            throw new IllegalArgumentException("key can't be empty");
    }

    public static String getenv(String name) {
        if (name == null)
            throw new NullPointerException();
        return getenv0(name);
    }

    public static String lineSeparator() {
        return "\n";
    }

    public static void exit(int status) {
        Runtime.getRuntime().exit(status);
    }

    public static void gc() {
        Runtime.getRuntime().gc();
    }

    public static SecurityManager getSecurityManager() {
        return null;
    }
}
