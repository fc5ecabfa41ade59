// expect-exit: 3
// System.exit(n): the status is returned, finally blocks do not run, output is flushed.
public class SystemExit {
    public static void main(String[] args) {
        System.out.println("start");
        System.err.println("to stderr");
        try {
            System.out.print("exiting ");
            exitNow(3);
        } finally {
            System.out.println("finally must not run");
        }
    }

    static void exitNow(int code) {
        System.out.println("with " + code);
        System.exit(code);
        System.out.println("unreachable");
    }
}
