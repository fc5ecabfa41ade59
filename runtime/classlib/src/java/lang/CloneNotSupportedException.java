package java.lang;

/* VM-owned: thrown by the VM itself (see runtime/classlib/CONTRACT.md). */
public class CloneNotSupportedException extends Exception {
    private static final long serialVersionUID = 1L;

    public CloneNotSupportedException() {
        super();
    }

    public CloneNotSupportedException(String message) {
        super(message);
    }
}
