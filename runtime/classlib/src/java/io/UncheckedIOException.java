package java.io;

public class UncheckedIOException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UncheckedIOException(String message, IOException cause) {
        super(message, cause);
        if (cause == null)
            throw new NullPointerException();
    }

    public UncheckedIOException(IOException cause) {
        super(cause);
        if (cause == null)
            throw new NullPointerException();
    }

    public IOException getCause() {
        return (IOException) super.getCause();
    }
}
