package java.util;

public class FormatterClosedException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public FormatterClosedException() {
    }
}
