package java.lang.invoke;

/* VM-owned, for javac only (see MethodHandle): javac names MethodHandles.Lookup in the
 * bootstrap descriptors of lambda call sites. */
public class MethodHandles {
    private MethodHandles() {
    }

    public static final class Lookup {
        private Lookup() {
        }
    }
}
