package java.io;

import stardust.io.Utf8;

/** UTF-8 bytes to chars; malformed input becomes U+FFFD. */
public class InputStreamReader extends Reader {
    private final InputStream in;
    private final Utf8.Decoder decoder = new Utf8.Decoder();
    private final byte[] bb = new byte[8192];
    private char[] cb = new char[8192 + 4];
    private int cpos;
    private int clen;
    private boolean eof;
    private boolean closed;

    public InputStreamReader(InputStream in) {
        super(in);
        this.in = in;
    }

    public InputStreamReader(InputStream in, String charsetName)
            throws UnsupportedEncodingException {
        this(in);
        Utf8.checkCharsetName(charsetName);
    }

    public String getEncoding() {
        return closed ? null : "UTF8";
    }

    private void ensureOpen() throws IOException {
        if (closed)
            throw new IOException("Stream closed");
    }

    /* Decode the next chunk; false at end of input. May block for input. */
    private boolean fill() throws IOException {
        while (cpos >= clen) {
            if (eof)
                return false;
            int n = in.read(bb, 0, bb.length);
            cpos = 0;
            if (n < 0) {
                eof = true;
                clen = decoder.decode(bb, 0, 0, true, cb, 0);
            } else {
                clen = decoder.decode(bb, 0, n, false, cb, 0);
            }
        }
        return true;
    }

    public int read() throws IOException {
        synchronized (lock) {
            ensureOpen();
            if (!fill())
                return -1;
            return cb[cpos++];
        }
    }

    public int read(char[] cbuf, int off, int len) throws IOException {
        synchronized (lock) {
            ensureOpen();
            OutputStream.checkBounds(cbuf.length, off, len);
            if (len == 0)
                return 0;
            if (!fill())
                return -1;
            int n = Math.min(len, clen - cpos);
            System.arraycopy(cb, cpos, cbuf, off, n);
            cpos += n;
            return n;
        }
    }

    public boolean ready() throws IOException {
        synchronized (lock) {
            ensureOpen();
            return cpos < clen || in.available() > 0;
        }
    }

    public void close() throws IOException {
        synchronized (lock) {
            if (closed)
                return;
            closed = true;
            in.close();
        }
    }
}
