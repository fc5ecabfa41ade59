// Caught exceptions printed with printStackTrace; StackTraceElement contents.
public class PrintStackTrace {
    static void fail(int n) {
        if (n == 0) throw new UnsupportedOperationException("leaf");
        fail(n - 1);
    }

    public static void main(String[] args) {
        try {
            fail(3);
        } catch (UnsupportedOperationException e) {
            e.printStackTrace();
            StackTraceElement[] st = e.getStackTrace();
            System.out.println(st.length + " frames");
            for (StackTraceElement el : st) {
                System.out.println(el.getClassName() + " " + el.getMethodName() + " " + el.getFileName() + " " + el.getLineNumber() + " " + el);
            }
        }
        Exception withSuppressed = new Exception("primary");
        withSuppressed.addSuppressed(new IllegalStateException("secondary"));
        withSuppressed.printStackTrace();
        Exception noTrace = new Exception("no trace") {
            @Override public synchronized Throwable fillInStackTrace() { return this; }
        };
        System.out.println(noTrace.getStackTrace().length);
        Throwable t = new Throwable("here");
        System.out.println(t.getStackTrace()[0].getMethodName() + ":" + t.getStackTrace()[0].getLineNumber());
        new RuntimeException("to stdout").printStackTrace(System.out);
    }
}
