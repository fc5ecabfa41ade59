package java.lang.invoke;

/* VM-owned: javac's lambda call sites name these bootstrap methods; the VM recognises them and
 * links the call sites itself (runtime/jvm/lambda.c), so they are never called. */
public final class LambdaMetafactory {
    public static final int FLAG_SERIALIZABLE = 1 << 0;
    public static final int FLAG_MARKERS = 1 << 1;
    public static final int FLAG_BRIDGES = 1 << 2;

    private LambdaMetafactory() {
    }

    public static CallSite metafactory(MethodHandles.Lookup caller, String invokedName, MethodType invokedType,
                                       MethodType samMethodType, MethodHandle implMethod,
                                       MethodType instantiatedMethodType) throws LambdaConversionException {
        throw new LambdaConversionException("linked by the VM, not callable");
    }

    public static CallSite altMetafactory(MethodHandles.Lookup caller, String invokedName, MethodType invokedType,
                                          Object... args) throws LambdaConversionException {
        throw new LambdaConversionException("linked by the VM, not callable");
    }
}
