package java.io;

import stardust.vm.Files;

/* Bytes of a file, read through the VM's descriptors (stardust.vm.Files). The descriptor is
 * sequential, so skip() only moves a position of our own (like lseek, it may go past the end);
 * the next read catches up: forward by reading and dropping, backward by reopening the file. */
public class FileInputStream extends InputStream {
    private final String path;
    private int fd;
    private boolean closed;
    private long pos;        /* the stream's position, as read()/skip()/available() see it */
    private long fdPos;      /* where the descriptor is: pos, unless a skip moved pos */
    private byte[] one;      /* read()'s buffer */

    public FileInputStream(String name) throws FileNotFoundException {
        this(name != null ? new File(name) : null);
    }

    public FileInputStream(File file) throws FileNotFoundException {
        path = file.getPath();
        fd = open(path);
    }

    /* OpenJDK's messages: the path, then the system's reason in parentheses. */
    private static int open(String path) throws FileNotFoundException {
        int fd = Files.open(path);
        if (fd >= 0)
            return fd;
        int kind = Files.kind(path);
        String why = kind == Files.DIRECTORY ? "Is a directory"
                : kind == Files.FILE ? "Permission denied" : "No such file or directory";
        throw new FileNotFoundException(path + " (" + why + ")");
    }

    private void ensureOpen() throws IOException {
        if (closed)
            throw new IOException("Stream Closed");
    }

    public int read() throws IOException {
        if (one == null)
            one = new byte[1];
        return read(one, 0, 1) <= 0 ? -1 : one[0] & 0xff;
    }

    public int read(byte[] b) throws IOException {
        return read(b, 0, b.length);
    }

    public int read(byte[] b, int off, int len) throws IOException {
        ensureOpen();
        if (b == null)
            throw new NullPointerException();
        if (off < 0 || len < 0 || len > b.length - off)
            throw new IndexOutOfBoundsException();
        if (len == 0)
            return 0;
        if (!catchUp())
            return -1;
        int n = Files.read(fd, b, off, len);
        if (n > 0) {
            pos += n;
            fdPos += n;
        }
        return n;
    }

    /* Brings the descriptor to pos; false when pos is past the end of the file. */
    private boolean catchUp() throws IOException {
        if (pos == fdPos)
            return true;
        if (pos < fdPos) {
            Files.close(fd);
            fd = Files.open(path);
            fdPos = 0;
            if (fd < 0) {
                closed = true;
                throw new IOException(path + ": cannot reopen");
            }
        }
        byte[] drop = new byte[(int) Math.min(8192, pos - fdPos)];
        while (fdPos < pos) {
            int n = Files.read(fd, drop, 0, (int) Math.min(drop.length, pos - fdPos));
            if (n < 0)
                return false;
            fdPos += n;
        }
        return true;
    }

    /* Moves the position by n (negative: back), past the end if asked, and returns n, as
     * OpenJDK's lseek-based skip does; a position before the start is an error. */
    public long skip(long n) throws IOException {
        ensureOpen();
        if (pos + n < 0)
            throw new IOException("Invalid argument");
        pos += n;
        return n;
    }

    public int available() throws IOException {
        ensureOpen();
        long left = Files.size(fd) - pos;
        return left <= 0 ? 0 : (int) Math.min(left, Integer.MAX_VALUE);
    }

    public void close() throws IOException {
        if (closed)
            return;
        closed = true;
        Files.close(fd);
    }
}
