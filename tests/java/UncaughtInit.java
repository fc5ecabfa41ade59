// expect-exit: 1
// An exception in a static initializer escaping main: ExceptionInInitializerError with its cause.
public class UncaughtInit {
    static class Holder {
        static int zero = 0;
        static int value = 10 / zero;
    }

    public static void main(String[] args) {
        System.out.println("reading value");
        System.out.println(Holder.value);
    }
}
