package stardust.vm;

import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.InputStream;

/* VM-owned (natives in runtime/jvm/native_io.c): the files the class library reads. Files are
 * read-only: java.io.File asks kind(), FileInputStream reads a descriptor from open(), and
 * class-path resources are looked up here. */
public final class Files {
    public static final int NONE = 0, FILE = 1, DIRECTORY = 2;

    private Files() {
    }

    /* what path names: NONE, FILE or DIRECTORY */
    public static native int kind(String path);

    /* a descriptor for read(), or -1 when path is missing, a directory or unreadable */
    public static native int open(String path);

    /* up to len bytes into b[off..]; -1 at the end; IOException when reading fails */
    public static native int read(int fd, byte[] b, int off, int len);

    /* the open file's size in bytes, -1 if unknown */
    public static native long size(int fd);

    public static native void close(int fd);

    /* the VM's boot class path directory (the class library) */
    public static native String bootClassPath();

    /* the VM's class path directories, in search order */
    public static native String[] classPath();

    /* A resource of the boot class path (boot) or of the boot and application class paths, as
     * a stream; null when no directory has it. Names are relative ("pkg/x.txt"): a name with a
     * leading '/' names nothing, as with the JDK's class loaders. */
    public static InputStream openResource(String name, boolean boot) {
        if (name.startsWith("/"))
            return null;
        InputStream in = openIn(bootClassPath(), name);
        if (in != null || boot)
            return in;
        for (String dir : classPath()) {
            in = openIn(dir, name);
            if (in != null)
                return in;
        }
        return null;
    }

    private static InputStream openIn(String dir, String name) {
        String path = dir.endsWith("/") ? dir + name : dir + "/" + name;
        if (kind(path) != FILE)
            return null;
        try {
            return new FileInputStream(path);
        } catch (FileNotFoundException e) {
            return null;
        }
    }
}
