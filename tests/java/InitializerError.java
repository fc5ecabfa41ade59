// A static initializer that throws: ExceptionInInitializerError, then NoClassDefFoundError.
public class InitializerError {
    static class Bad {
        static int value = compute();
        static int compute() {
            if (value == 0) throw new IllegalStateException("init failed");
            return 1;
        }
        static void hello() { System.out.println("never"); }
    }

    static class BadError {
        static { if (true) throw new AssertionError("custom error"); }
        static int y;
    }

    public static void main(String[] args) {
        try {
            Bad.hello();
        } catch (ExceptionInInitializerError e) {
            System.out.println("1: " + e.getClass().getName());
            System.out.println("cause: " + e.getCause());
            System.out.println("getException: " + e.getException().getMessage());
            System.out.println("message: " + e.getMessage());
        }
        try {
            System.out.println(Bad.value);
        } catch (NoClassDefFoundError e) {
            System.out.println("2: " + e.getClass().getName());
        }
        try {
            new Bad();
        } catch (NoClassDefFoundError e) {
            System.out.println("3: " + e.getClass().getName());
        }
        try {
            BadError.y = 3;
        } catch (Error e) {
            // an Error thrown by <clinit> is propagated as is, not wrapped
            System.out.println("4: " + e.getClass().getName() + " " + e.getMessage());
        }
        try {
            System.out.println(BadError.y);
        } catch (NoClassDefFoundError e) {
            System.out.println("5: " + e.getClass().getName());
        }
        System.out.println("done");
    }
}
