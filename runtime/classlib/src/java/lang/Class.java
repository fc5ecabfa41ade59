package java.lang;

/* VM-owned: instances are made only by the VM; `vmdata` holds the VM's class pointer. */
public final class Class<T> implements java.io.Serializable, java.lang.reflect.Type {
    private static final long serialVersionUID = 3206093459760846163L;
    private long vmdata;
    private String name;
    private T[] enumConstants;

    private Class() {
    }

    private native String initName();
    public native boolean isInstance(Object obj);
    public native boolean isAssignableFrom(Class<?> cls);
    public native boolean isInterface();
    public native boolean isArray();
    public native boolean isPrimitive();
    public native int getModifiers();
    public native Class<? super T> getSuperclass();
    public native Class<?> getComponentType();
    private static native Class<?> forName0(String name) throws ClassNotFoundException;
    static native Class<?> getPrimitiveClass(String name);
    private native Object invokeValues();
    private native Object newInstance0() throws InstantiationException, IllegalAccessException;
    private native boolean isBootClass();

    public String getName() {
        String n = name;
        if (n == null)
            name = n = initName();
        return n;
    }

    public String toString() {
        return (isInterface() ? "interface " : (isPrimitive() ? "" : "class ")) + getName();
    }

    public static Class<?> forName(String className) throws ClassNotFoundException {
        return forName0(className);
    }

    public static Class<?> forName(String name, boolean initialize, ClassLoader loader) throws ClassNotFoundException {
        return forName0(name);
    }

    @SuppressWarnings("unchecked")
    public T newInstance() throws InstantiationException, IllegalAccessException {
        return (T) newInstance0();
    }

    public String getSimpleName() {
        if (isArray())
            return getComponentType().getSimpleName() + "[]";
        String n = getName();
        n = n.substring(n.lastIndexOf('.') + 1);
        int d = n.lastIndexOf('$');
        if (d >= 0) {
            n = n.substring(d + 1);
            int i = 0;
            while (i < n.length() && n.charAt(i) >= '0' && n.charAt(i) <= '9')
                i++;
            n = n.substring(i);
        }
        return n;
    }

    public String getTypeName() {
        if (isArray())
            return getComponentType().getTypeName() + "[]";
        return getName();
    }

    public String getCanonicalName() {
        if (isArray()) {
            String c = getComponentType().getCanonicalName();
            return c == null ? null : c + "[]";
        }
        return getName().replace('$', '.');
    }

    public String getPackageName() {
        String n = getName();
        int i = n.lastIndexOf('.');
        return i < 0 ? "" : n.substring(0, i);
    }

    public boolean isEnum() {
        return (getModifiers() & 0x4000) != 0 && getSuperclass() == Enum.class;
    }

    public boolean isAnnotation() {
        return (getModifiers() & 0x2000) != 0;
    }

    public boolean isSynthetic() {
        return (getModifiers() & 0x1000) != 0;
    }

    public boolean isAnonymousClass() {
        return getSimpleName().isEmpty() && !isArray();
    }

    @SuppressWarnings("unchecked")
    public T[] getEnumConstants() {
        T[] values = getEnumConstantsShared();
        return values == null ? null : values.clone();
    }

    @SuppressWarnings("unchecked")
    T[] getEnumConstantsShared() {
        if (enumConstants == null) {
            Class<?> c = this;
            if (!c.isEnum() && c.getSuperclass() != null && c.getSuperclass().isEnum())
                c = c.getSuperclass();
            if (!c.isEnum())
                return null;
            enumConstants = (T[]) c.invokeValues();
        }
        return enumConstants;
    }

    @SuppressWarnings("unchecked")
    public T cast(Object obj) {
        if (obj != null && !isInstance(obj))
            throw new ClassCastException("Cannot cast " + obj.getClass().getName() + " to " + getName());
        return (T) obj;
    }

    @SuppressWarnings("unchecked")
    public <U> Class<? extends U> asSubclass(Class<U> clazz) {
        if (clazz.isAssignableFrom(this))
            return (Class<? extends U>) this;
        throw new ClassCastException(this.toString());
    }

    /* name relative to this class's package unless it starts with '/'; null when missing */
    public java.io.InputStream getResourceAsStream(String name) {
        if (name.startsWith("/")) {
            name = name.substring(1);
        } else {
            Class<?> c = this;
            while (c.isArray())
                c = c.getComponentType();
            String pkg = c.getPackageName();
            if (!pkg.isEmpty())
                name = pkg.replace('.', '/') + "/" + name;
        }
        ClassLoader cl = getClassLoader();
        return cl == null ? stardust.vm.Files.openResource(name, true) : cl.getResourceAsStream(name);
    }

    public ClassLoader getClassLoader() {
        return isBootClass() ? null : ClassLoader.getSystemClassLoader();
    }

    public boolean desiredAssertionStatus() {
        return false;
    }

    public native Class<?>[] getInterfaces();
}
