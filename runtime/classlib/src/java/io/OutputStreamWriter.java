package java.io;

import stardust.io.Utf8;

/** Chars to UTF-8 bytes, buffered (8 KB) until flush, close or a full buffer, as OpenJDK does. */
public class OutputStreamWriter extends Writer {
    private static final int BUFFER = 8192;
    private final OutputStream out;
    private final Utf8.Encoder encoder = new Utf8.Encoder();
    private byte[] bb = new byte[BUFFER];
    private int count;
    private boolean closed;

    public OutputStreamWriter(OutputStream out) {
        super(out);
        this.out = out;
    }

    public OutputStreamWriter(OutputStream out, String charsetName)
            throws UnsupportedEncodingException {
        this(out);
        Utf8.checkCharsetName(charsetName);
    }

    public String getEncoding() {
        return closed ? null : "UTF8";
    }

    private void ensureOpen() throws IOException {
        if (closed)
            throw new IOException("Stream closed");
    }

    void flushBuffer() throws IOException {
        synchronized (lock) {
            ensureOpen();
            if (count > 0) {
                out.write(bb, 0, count);
                count = 0;
            }
        }
    }

    public void write(int c) throws IOException {
        char[] one = { (char) c };
        write(one, 0, 1);
    }

    public void write(char[] cbuf, int off, int len) throws IOException {
        synchronized (lock) {
            ensureOpen();
            OutputStream.checkBounds(cbuf.length, off, len);
            /* encode in slices small enough to always fit the buffer */
            int end = off + len;
            while (off < end) {
                int n = Math.min(end - off, 1024);
                if (BUFFER - count < Utf8.Encoder.maxBytes(n))
                    flushBuffer();
                count = encoder.encode(cbuf, off, off + n, bb, count);
                off += n;
            }
        }
    }

    public void write(String str, int off, int len) throws IOException {
        if (len < 0)
            throw new IndexOutOfBoundsException();
        char[] cbuf = new char[len];
        str.getChars(off, off + len, cbuf, 0);
        write(cbuf, 0, len);
    }

    public void flush() throws IOException {
        synchronized (lock) {
            flushBuffer();
            out.flush();
        }
    }

    public void close() throws IOException {
        synchronized (lock) {
            if (closed)
                return;
            try {
                count = encoder.finish(bb, count);
                flushBuffer();
            } finally {
                closed = true;
                out.close();
            }
        }
    }
}
