package java.lang.reflect;

/* VM-owned (minimal): arrays of a class known at run time. */
public final class Array {
    private Array() {
    }

    private static native Object newArray(Class<?> componentType, int length);

    public static native int getLength(Object array);

    public static Object newInstance(Class<?> componentType, int length) {
        return newArray(componentType, length);
    }

    public static Object newInstance(Class<?> componentType, int... dimensions) {
        if (dimensions.length == 0)
            throw new IllegalArgumentException("Empty dimensions array");
        return make(componentType, dimensions, 0);
    }

    private static Object make(Class<?> c, int[] dims, int i) {
        if (i == dims.length - 1)
            return newArray(c, dims[i]);
        Class<?> sub = c;
        for (int k = i + 1; k < dims.length; k++)
            sub = newArray(sub, 0).getClass();
        Object[] a = (Object[]) newArray(sub, dims[i]);
        for (int k = 0; k < a.length; k++)
            a[k] = make(c, dims, i + 1);
        return a;
    }

    public static Object get(Object array, int index) {
        if (array instanceof Object[]) return ((Object[]) array)[index];
        if (array instanceof int[]) return ((int[]) array)[index];
        if (array instanceof long[]) return ((long[]) array)[index];
        if (array instanceof double[]) return ((double[]) array)[index];
        if (array instanceof float[]) return ((float[]) array)[index];
        if (array instanceof char[]) return ((char[]) array)[index];
        if (array instanceof byte[]) return ((byte[]) array)[index];
        if (array instanceof short[]) return ((short[]) array)[index];
        if (array instanceof boolean[]) return ((boolean[]) array)[index];
        if (array == null) throw new NullPointerException();
        throw new IllegalArgumentException("Argument is not an array");
    }

    public static void set(Object array, int index, Object value) {
        if (array instanceof Object[]) {
            Object[] a = (Object[]) array;
            if (value != null && !a.getClass().getComponentType().isInstance(value))
                throw new IllegalArgumentException("array element type mismatch");
            a[index] = value;
        } else if (array instanceof int[]) ((int[]) array)[index] = (Integer) value;
        else if (array instanceof long[]) ((long[]) array)[index] = (Long) value;
        else if (array instanceof double[]) ((double[]) array)[index] = (Double) value;
        else if (array instanceof float[]) ((float[]) array)[index] = (Float) value;
        else if (array instanceof char[]) ((char[]) array)[index] = (Character) value;
        else if (array instanceof byte[]) ((byte[]) array)[index] = (Byte) value;
        else if (array instanceof short[]) ((short[]) array)[index] = (Short) value;
        else if (array instanceof boolean[]) ((boolean[]) array)[index] = (Boolean) value;
        else if (array == null) throw new NullPointerException();
        else throw new IllegalArgumentException("Argument is not an array");
    }
}
