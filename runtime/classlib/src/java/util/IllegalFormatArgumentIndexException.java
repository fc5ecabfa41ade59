package java.util;

public class IllegalFormatArgumentIndexException extends IllegalFormatException {
    private static final long serialVersionUID = 1L;
    private final int illegalIndex;

    IllegalFormatArgumentIndexException(int index) {
        illegalIndex = index;
    }

    public String getMessage() {
        return (illegalIndex == Integer.MIN_VALUE) ? "Format argument index: (not representable as int)" : "Illegal format argument index = " + illegalIndex;
    }
}
