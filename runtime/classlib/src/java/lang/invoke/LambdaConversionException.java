package java.lang.invoke;

/* VM-owned, for javac only (see MethodHandle). */
public class LambdaConversionException extends Exception {
    private static final long serialVersionUID = 292L;

    public LambdaConversionException(String message) {
        super(message);
    }
}
