package java.util;

public class DuplicateFormatFlagsException extends IllegalFormatException {
    private static final long serialVersionUID = 1L;
    private final String flags;

    public DuplicateFormatFlagsException(String f) {
        if (f == null)
            throw new NullPointerException();
        this.flags = f;
    }

    public String getMessage() {
        return "Flags = '" + flags + "'";
    }

    public String getFlags() {
        return flags;
    }
}
