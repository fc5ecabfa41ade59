package java.util;

/* An application class with a class library class's name: the VM never loads it (the class
 * library comes first), so the builder warns. */
public final class Objects {
    public static boolean isNull(Object o) {
        return o == null;
    }
}
