package java.lang;

/* VM-owned: thrown by the VM when a static initialiser ends with an exception. */
public class ExceptionInInitializerError extends LinkageError {
    private static final long serialVersionUID = 1L;
    private Throwable exception;

    public ExceptionInInitializerError() {
        initCause(null);
    }

    public ExceptionInInitializerError(Throwable thrown) {
        super(null, thrown);
        this.exception = thrown;
    }

    public ExceptionInInitializerError(String s) {
        super(s);
    }

    public Throwable getException() {
        return exception;
    }
}
