package java.lang;

import java.io.InputStream;

/* VM-owned (minimal): one class path, one loader. loadClass finds classes by name; resources
 * are files in the boot class path's and the class path's directories (stardust.vm.Files). */
public abstract class ClassLoader {
    private static ClassLoader system;
    private final ClassLoader parent;

    protected ClassLoader() {
        this(null);
    }

    protected ClassLoader(ClassLoader parent) {
        this.parent = parent;
    }

    public final ClassLoader getParent() {
        return parent;
    }

    public Class<?> loadClass(String name) throws ClassNotFoundException {
        return Class.forName(name);
    }

    /* null when missing; a name with a leading '/' names nothing (as in the JDK) */
    public InputStream getResourceAsStream(String name) {
        if (name == null)
            throw new NullPointerException();
        return stardust.vm.Files.openResource(name, false);
    }

    public static InputStream getSystemResourceAsStream(String name) {
        return getSystemClassLoader().getResourceAsStream(name);
    }

    public static synchronized ClassLoader getSystemClassLoader() {
        if (system == null)
            system = new ClassLoader() { };
        return system;
    }
}
