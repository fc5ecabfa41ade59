// expect-exit: 1
// An uncaught exception: stack trace of user frames on stderr, exit status 1.
public class UncaughtException {
    static int level3(int x) {
        if (x > 2) throw new IllegalStateException("deep failure at " + x);
        return x;
    }

    static int level2(int x) { return level3(x + 1) + 1; }

    int level1(int x) { return level2(x * 2); }

    public static void main(String[] args) {
        System.out.println("before");
        System.out.flush();
        new UncaughtException().level1(2);
        System.out.println("never printed");
    }
}
