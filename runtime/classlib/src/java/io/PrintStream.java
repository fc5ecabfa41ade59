package java.io;

import java.util.Formatter;
import stardust.io.Utf8;

/**
 * Prints text as UTF-8 bytes. Each print call encodes its whole text and hands it to the
 * underlying stream in one write, so an unbuffered stream (System.out over a file descriptor)
 * costs one system call per print, not one per character. With autoflush every print and
 * write flushes the underlying stream (as OpenJDK's does: its text passes through write(byte[]),
 * which flushes). IOExceptions are never thrown: they set the error flag checkError() reports.
 */
public class PrintStream extends FilterOutputStream implements Appendable, Closeable {
    private final boolean autoFlush;
    private boolean trouble;
    private boolean closing;
    private final Utf8.Encoder encoder = new Utf8.Encoder();
    private byte[] scratch;
    private Formatter formatter;
    private StringBuilder formatBuffer;

    public PrintStream(OutputStream out) {
        this(out, false);
    }

    public PrintStream(OutputStream out, boolean autoFlush) {
        super(requireStream(out));
        this.autoFlush = autoFlush;
    }

    public PrintStream(OutputStream out, boolean autoFlush, String encoding)
            throws UnsupportedEncodingException {
        this(out, autoFlush);
        Utf8.checkCharsetName(encoding);
    }

    private static OutputStream requireStream(OutputStream out) {
        if (out == null)
            throw new NullPointerException("Null output stream");
        return out;
    }

    private void ensureOpen() throws IOException {
        if (out == null)
            throw new IOException("Stream closed");
    }

    public void flush() {
        synchronized (this) {
            try {
                ensureOpen();
                out.flush();
            } catch (IOException x) {
                trouble = true;
            }
        }
    }

    public void close() {
        synchronized (this) {
            if (closing)
                return;
            closing = true;
            try {
                byte[] tail = new byte[1];
                int n = encoder.finish(tail, 0);
                if (n > 0)
                    out.write(tail, 0, n);
                out.close();
            } catch (IOException x) {
                trouble = true;
            }
            out = null;
        }
    }

    public boolean checkError() {
        if (out != null)
            flush();
        if (out instanceof PrintStream)
            return ((PrintStream) out).checkError();
        return trouble;
    }

    protected void setError() {
        trouble = true;
    }

    protected void clearError() {
        trouble = false;
    }

    public void write(int b) {
        try {
            synchronized (this) {
                ensureOpen();
                out.write(b);
                if (b == '\n' && autoFlush)
                    out.flush();
            }
        } catch (IOException x) {
            trouble = true;
        }
    }

    public void write(byte[] buf, int off, int len) {
        try {
            synchronized (this) {
                ensureOpen();
                out.write(buf, off, len);
                if (autoFlush)
                    out.flush();
            }
        } catch (IOException x) {
            trouble = true;
        }
    }

    private byte[] scratch(int chars) {
        int need = Utf8.Encoder.maxBytes(chars);
        if (scratch == null || scratch.length < need)
            scratch = new byte[Math.max(need, 64)];
        return scratch;
    }

    /* Writes s (and a line separator if asked) as one chunk of bytes. */
    private void writeText(CharSequence s, boolean newLine) {
        try {
            synchronized (this) {
                ensureOpen();
                int len = s.length();
                byte[] b = scratch(len + 1);
                int n = encoder.encode(s, 0, len, b, 0);
                if (newLine)
                    b[n++] = '\n';
                out.write(b, 0, n);
                if (autoFlush)
                    out.flush();
                if (b.length > 8192)
                    scratch = null; /* don't keep a huge buffer alive */
            }
        } catch (IOException x) {
            trouble = true;
        }
    }

    private void writeText(char[] s, boolean newLine) {
        try {
            synchronized (this) {
                ensureOpen();
                byte[] b = scratch(s.length + 1);
                int n = encoder.encode(s, 0, s.length, b, 0);
                if (newLine)
                    b[n++] = '\n';
                out.write(b, 0, n);
                if (autoFlush)
                    out.flush();
            }
        } catch (IOException x) {
            trouble = true;
        }
    }

    private void newLine() {
        writeText("", true);
    }

    /* A subclass may override print(x): then println(x) must go through it. */
    private boolean plain() {
        return getClass() == PrintStream.class;
    }

    public void print(boolean b) {
        writeText(String.valueOf(b), false);
    }

    public void print(char c) {
        writeText(String.valueOf(c), false);
    }

    public void print(int i) {
        writeText(String.valueOf(i), false);
    }

    public void print(long l) {
        writeText(String.valueOf(l), false);
    }

    public void print(float f) {
        writeText(String.valueOf(f), false);
    }

    public void print(double d) {
        writeText(String.valueOf(d), false);
    }

    public void print(char[] s) {
        writeText(s, false);
    }

    public void print(String s) {
        writeText(String.valueOf(s), false);
    }

    public void print(Object obj) {
        writeText(String.valueOf(obj), false);
    }

    public void println() {
        newLine();
    }

    public void println(boolean x) {
        println(String.valueOf(x));
    }

    public void println(char x) {
        println(String.valueOf(x));
    }

    public void println(int x) {
        println(String.valueOf(x));
    }

    public void println(long x) {
        println(String.valueOf(x));
    }

    public void println(float x) {
        println(String.valueOf(x));
    }

    public void println(double x) {
        println(String.valueOf(x));
    }

    public void println(char[] x) {
        if (plain()) {
            writeText(x, true);
        } else {
            synchronized (this) {
                print(x);
                newLine();
            }
        }
    }

    public void println(String x) {
        if (plain()) {
            writeText(String.valueOf(x), true);
        } else {
            synchronized (this) {
                print(x);
                newLine();
            }
        }
    }

    public void println(Object x) {
        String s = String.valueOf(x);
        if (plain()) {
            writeText(s, true);
        } else {
            synchronized (this) {
                print(s);
                newLine();
            }
        }
    }

    public PrintStream printf(String format, Object... args) {
        return format(format, args);
    }

    /*
     * Formats into a buffer and prints it in one piece; if formatting fails half way, the text
     * produced so far is still printed before the exception propagates, as OpenJDK's does.
     */
    public PrintStream format(String format, Object... args) {
        synchronized (this) {
            if (out == null) {
                trouble = true;
                return this;
            }
            if (formatter == null) {
                formatBuffer = new StringBuilder();
                formatter = new Formatter(formatBuffer);
            }
            formatBuffer.setLength(0);
            try {
                formatter.format(format, args);
            } finally {
                if (formatBuffer.length() > 0)
                    writeText(formatBuffer, false);
                formatBuffer.setLength(0);
                if (formatBuffer.capacity() > 8192)
                    formatter = null;
            }
        }
        return this;
    }

    public PrintStream append(CharSequence csq) {
        print(String.valueOf(csq));
        return this;
    }

    public PrintStream append(CharSequence csq, int start, int end) {
        if (csq == null)
            csq = "null";
        return append(csq.subSequence(start, end));
    }

    public PrintStream append(char c) {
        print(c);
        return this;
    }
}
