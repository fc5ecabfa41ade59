// expect-exit: 1
// Uncaught exception with a cause chain: "Caused by:" sections and "... n more" elision.
public class UncaughtCause {
    static class Worker {
        Worker() { init(); }
        void init() { parse("x1"); }
        void parse(String s) {
            try {
                Integer.parseInt(s.substring(1, 1) + check(s));
            } catch (IllegalArgumentException e) {
                throw new RuntimeException("worker failed", e);
            }
        }
        String check(String s) { throw new IllegalArgumentException("bad input " + s); }
    }

    static void start() { new Worker(); }

    public static void main(String[] args) {
        start();
    }
}
