package java.io;

public abstract class OutputStream implements Closeable, Flushable {
    public OutputStream() {
    }

    public abstract void write(int b) throws IOException;

    public void write(byte[] b) throws IOException {
        write(b, 0, b.length);
    }

    public void write(byte[] b, int off, int len) throws IOException {
        checkRange(b.length, off, len);
        for (int i = 0; i < len; i++)
            write(b[off + i]);
    }

    public void flush() throws IOException {
    }

    public void close() throws IOException {
    }

    /* The bounds check every read/write(array, off, len) makes first (OpenJDK's message). */
    static void checkRange(int length, int off, int len) {
        java.util.Objects.checkFromIndexSize(off, len, length);
    }

    /* The same check for the classes whose OpenJDK versions throw without a message. */
    static void checkBounds(int length, int off, int len) {
        if ((off | len) < 0 || len > length - off)
            throw new IndexOutOfBoundsException();
    }
}
