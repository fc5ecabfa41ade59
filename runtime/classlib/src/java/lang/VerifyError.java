package java.lang;

/* VM-owned: thrown by the VM itself (see runtime/classlib/CONTRACT.md). */
public class VerifyError extends LinkageError {
    private static final long serialVersionUID = 1L;

    public VerifyError() {
        super();
    }

    public VerifyError(String message) {
        super(message);
    }
}
