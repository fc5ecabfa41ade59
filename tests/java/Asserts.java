// assert statements are disabled by default: no AssertionError, no side effects evaluated.
public class Asserts {
    static int sideEffects;

    static boolean touch() { sideEffects++; return false; }

    public static void main(String[] args) {
        assert false : "must not fire";
        assert touch() : "must not be evaluated";
        System.out.println("asserts disabled, side effects: " + sideEffects);
        boolean enabled = false;
        assert enabled = true;   // the classic idiom to detect -ea
        System.out.println("enabled: " + enabled);
        System.out.println("desiredAssertionStatus: " + Asserts.class.desiredAssertionStatus());
        try {
            throw new AssertionError("explicit");
        } catch (AssertionError e) {
            System.out.println("explicit AssertionError still works: " + e.getMessage());
        }
        AssertionError withCause = new AssertionError(new IllegalStateException("cause"));
        System.out.println(withCause.getMessage() + " | " + withCause.getCause().getMessage());
        System.out.println(new AssertionError(42).getMessage() + " " + new AssertionError(true).getMessage() + " " + new AssertionError('c').getMessage());
    }
}
