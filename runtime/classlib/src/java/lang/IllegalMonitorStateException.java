package java.lang;

/* VM-owned: thrown by the VM itself (see runtime/classlib/CONTRACT.md). */
public class IllegalMonitorStateException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public IllegalMonitorStateException() {
        super();
    }

    public IllegalMonitorStateException(String message) {
        super(message);
    }
}
