package java.lang;

/* VM-owned (minimal): there is never a security manager; the type exists for signatures. */
public class SecurityManager {
    public SecurityManager() {
    }
}
