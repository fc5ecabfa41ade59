package stardust.io;

import java.io.IOException;
import java.io.OutputStream;
import stardust.vm.Native;

/**
 * An unbuffered byte stream to a file descriptor of the VM (1 = stdout, 2 = stderr).
 * System.out/err wrap one of these in a PrintStream; buffering is the PrintStream's business.
 */
public final class FdOutputStream extends OutputStream {
    private final int fd;

    public FdOutputStream(int fd) {
        this.fd = fd;
    }

    public void write(int b) throws IOException {
        byte[] one = { (byte) b };
        write(one, 0, 1);
    }

    /* Native.write may write fewer bytes than asked: loop until all are out. */
    public void write(byte[] b, int off, int len) throws IOException {
        if (b == null)
            throw new NullPointerException();
        if (off < 0 || len < 0 || len > b.length - off)
            throw new IndexOutOfBoundsException();
        while (len > 0) {
            int n = Native.write(fd, b, off, len);
            if (n <= 0)
                throw new IOException("write failed on fd " + fd);
            off += n;
            len -= n;
        }
    }
}
