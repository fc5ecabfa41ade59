package java.io;

import stardust.vm.Files;

/* A path name, Unix style, and what the VM can tell about the file it names (read-only:
 * exists, isFile, isDirectory, length). Paths are normalised as OpenJDK does on Unix: no
 * repeated '/', no trailing '/' except for the root. */
public class File implements Serializable, Comparable<File> {
    private static final long serialVersionUID = 301077366599181567L;
    public static final char separatorChar = '/';
    public static final String separator = "/";
    public static final char pathSeparatorChar = ':';
    public static final String pathSeparator = ":";

    private final String path;

    public File(String pathname) {
        if (pathname == null)
            throw new NullPointerException();
        path = normalize(pathname);
    }

    public File(String parent, String child) {
        if (child == null)
            throw new NullPointerException();
        path = parent == null ? normalize(child) : resolve(normalize(parent), normalize(child));
    }

    public File(File parent, String child) {
        if (child == null)
            throw new NullPointerException();
        path = parent == null ? normalize(child) : resolve(parent.path, normalize(child));
    }

    private static String normalize(String p) {
        StringBuilder sb = new StringBuilder(p.length());
        char prev = 0;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '/' && prev == '/')
                continue;
            sb.append(c);
            prev = c;
        }
        int n = sb.length();
        if (n > 1 && sb.charAt(n - 1) == '/')
            sb.setLength(n - 1);
        return sb.toString();
    }

    /* An empty parent means the root, as in OpenJDK. */
    private static String resolve(String parent, String child) {
        if (parent.isEmpty())
            return child.startsWith("/") ? child : "/" + child;
        if (child.isEmpty())
            return parent;
        String c = child.startsWith("/") ? child.substring(1) : child;
        return parent.equals("/") ? "/" + c : parent + "/" + c;
    }

    private int prefixLength() {
        return path.startsWith("/") ? 1 : 0;
    }

    public String getName() {
        int i = path.lastIndexOf('/');
        return i < prefixLength() ? path.substring(prefixLength()) : path.substring(i + 1);
    }

    public String getParent() {
        int i = path.lastIndexOf('/');
        int prefix = prefixLength();
        if (i < prefix)
            return prefix > 0 && path.length() > prefix ? path.substring(0, prefix) : null;
        return path.substring(0, i);
    }

    public File getParentFile() {
        String p = getParent();
        return p == null ? null : new File(p);
    }

    public String getPath() {
        return path;
    }

    public boolean isAbsolute() {
        return prefixLength() > 0;
    }

    public boolean exists() {
        return !path.isEmpty() && Files.kind(path) != Files.NONE;
    }

    public boolean isFile() {
        return !path.isEmpty() && Files.kind(path) == Files.FILE;
    }

    public boolean isDirectory() {
        return !path.isEmpty() && Files.kind(path) == Files.DIRECTORY;
    }

    public boolean canRead() {
        if (path.isEmpty())
            return false;
        int fd = Files.open(path);
        if (fd >= 0)
            Files.close(fd);
        return fd >= 0 || Files.kind(path) == Files.DIRECTORY;
    }

    /* The size of a file in bytes; 0 when there is none (directories: 0 here, the system's
     * directory size in OpenJDK). */
    public long length() {
        if (path.isEmpty())
            return 0;
        int fd = Files.open(path);
        if (fd < 0)
            return 0;
        long n = Files.size(fd);
        Files.close(fd);
        return n < 0 ? 0 : n;
    }

    public int compareTo(File other) {
        return path.compareTo(other.path);
    }

    public boolean equals(Object o) {
        return o instanceof File && ((File) o).path.equals(path);
    }

    public int hashCode() {
        return path.hashCode() ^ 1234321;
    }

    public String toString() {
        return path;
    }
}
