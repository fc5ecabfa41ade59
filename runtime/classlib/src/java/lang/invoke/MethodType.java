package java.lang.invoke;

/* VM-owned, for javac only (see MethodHandle). */
public final class MethodType implements java.io.Serializable {
    private static final long serialVersionUID = 292L;

    private MethodType() {
    }
}
