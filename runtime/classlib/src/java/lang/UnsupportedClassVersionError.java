package java.lang;

/* VM-owned: thrown by the VM itself (see runtime/classlib/CONTRACT.md). */
public class UnsupportedClassVersionError extends ClassFormatError {
    private static final long serialVersionUID = 1L;

    public UnsupportedClassVersionError() {
        super();
    }

    public UnsupportedClassVersionError(String message) {
        super(message);
    }
}
