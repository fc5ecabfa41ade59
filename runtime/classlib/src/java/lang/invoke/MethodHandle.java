package java.lang.invoke;

/* VM-owned, for javac only: the VM links lambda call sites itself (runtime/jvm/lambda.c), so no
 * method handle is ever made at run time. */
public abstract class MethodHandle {
    MethodHandle() {
    }

    public MethodType type() {
        throw new UnsupportedOperationException("method handles are not supported by this VM");
    }
}
