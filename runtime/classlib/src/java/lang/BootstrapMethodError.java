package java.lang;

/* VM-owned: thrown by the VM itself (see runtime/classlib/CONTRACT.md). */
public class BootstrapMethodError extends LinkageError {
    private static final long serialVersionUID = 1L;

    public BootstrapMethodError() {
        super();
    }

    public BootstrapMethodError(String message) {
        super(message);
    }

    public BootstrapMethodError(String message, Throwable cause) {
        super(message, cause);
    }

    public BootstrapMethodError(Throwable cause) {
        super(cause);
    }
}
