public class Forge {
    // iconst_5 istore_0 aconst_null astore_1 aload_1 areturn: no operand bytes to confuse patching
    public static Object forge() {
        int a = 5;
        Object b = null;
        return b;
    }

    // needs an operand stack of depth 5
    public static int deep(int x) {
        return x + (x * (x + (x * (x + 1))));
    }
}
