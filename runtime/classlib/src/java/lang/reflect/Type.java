package java.lang.reflect;

/* VM-owned (minimal): the common supertype of Class. */
public interface Type {
    default String getTypeName() {
        return toString();
    }
}
