package java.lang;

/* VM-owned (minimal): one class path, one loader. loadClass finds classes by name. */
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

    public static synchronized ClassLoader getSystemClassLoader() {
        if (system == null)
            system = new ClassLoader() { };
        return system;
    }
}
