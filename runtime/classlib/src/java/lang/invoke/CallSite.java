package java.lang.invoke;

/* VM-owned, for javac only (see MethodHandle). */
public abstract class CallSite {
    CallSite() {
    }
}
