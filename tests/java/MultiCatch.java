// Multi-catch and precise rethrow.
import java.io.IOException;

public class MultiCatch {
    static class AEx extends Exception { AEx(String m) { super(m); } }
    static class BEx extends Exception { BEx(String m) { super(m); } }

    static void risky(int n) throws AEx, BEx, IOException {
        switch (n) {
            case 0: throw new AEx("a");
            case 1: throw new BEx("b");
            case 2: throw new IOException("io");
            case 3: throw new ArrayIndexOutOfBoundsException("custom aioobe");
            case 4: throw new NumberFormatException("nfe");
            default:
        }
    }

    static void rethrow(int n) throws AEx, BEx, IOException {
        try {
            risky(n);
        } catch (Exception e) {   // precise rethrow: only the checked types risky declares
            System.out.println("rethrowing " + e.getClass().getSimpleName());
            throw e;
        }
    }

    public static void main(String[] args) {
        for (int i = 0; i < 6; i++) {
            try {
                risky(i);
                System.out.println(i + ": no exception");
            } catch (AEx | BEx e) {
                System.out.println(i + ": A or B " + e.getMessage());
            } catch (IOException | IndexOutOfBoundsException e) {
                System.out.println(i + ": io or index " + e.getMessage() + " " + e.getClass().getName());
            } catch (RuntimeException e) {
                System.out.println(i + ": runtime " + e);
            }
        }
        for (int i = 0; i < 3; i++) {
            try {
                rethrow(i);
            } catch (AEx | BEx | IOException e) {
                System.out.println("caught " + e.getMessage());
            }
        }
    }
}
