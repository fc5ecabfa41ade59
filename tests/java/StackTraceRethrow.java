// expect-exit: 1
// A rethrown exception keeps the stack trace of where it was created; fillInStackTrace resets it.
public class StackTraceRethrow {
    static RuntimeException saved;

    static void create() { saved = new IllegalStateException("made here"); }

    static void rethrow() { throw saved; }

    static void refill() {
        saved.fillInStackTrace();
        throw saved;
    }

    public static void main(String[] args) {
        create();
        try {
            rethrow();
        } catch (IllegalStateException e) {
            StackTraceElement top = e.getStackTrace()[0];
            System.out.println("rethrown, top frame still " + top.getMethodName() + ":" + top.getLineNumber());
        }
        try {
            refill();
        } catch (IllegalStateException e) {
            StackTraceElement top = e.getStackTrace()[0];
            System.out.println("after fillInStackTrace, top frame " + top.getMethodName() + ":" + top.getLineNumber());
        }
        RuntimeException e = new RuntimeException("custom trace");
        e.setStackTrace(new StackTraceElement[] {new StackTraceElement("Fake", "method", "Fake.java", 42),
                                                 new StackTraceElement("Fake", "nativeOne", null, -2)});
        e.printStackTrace();
        create();
        rethrow();
    }
}
