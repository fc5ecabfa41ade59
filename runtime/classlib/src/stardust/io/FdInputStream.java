package stardust.io;

import java.io.IOException;
import java.io.InputStream;
import stardust.vm.Native;

/** An unbuffered byte stream from a file descriptor of the VM (0 = stdin). */
public final class FdInputStream extends InputStream {
    private final int fd;

    public FdInputStream(int fd) {
        this.fd = fd;
    }

    public int read() throws IOException {
        byte[] one = new byte[1];
        int n;
        do {
            n = read(one, 0, 1);
        } while (n == 0);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    public int read(byte[] b, int off, int len) throws IOException {
        if (b == null)
            throw new NullPointerException();
        if (off < 0 || len < 0 || len > b.length - off)
            throw new IndexOutOfBoundsException();
        if (len == 0)
            return 0;
        return Native.read(fd, b, off, len);
    }
}
