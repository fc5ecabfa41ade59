package java.lang;

/* VM-owned: thrown by the VM itself (see runtime/classlib/CONTRACT.md). */
public class NoSuchMethodError extends IncompatibleClassChangeError {
    private static final long serialVersionUID = 1L;

    public NoSuchMethodError() {
        super();
    }

    public NoSuchMethodError(String message) {
        super(message);
    }
}
