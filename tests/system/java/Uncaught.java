/* An exception nobody catches: the VM prints the stack trace and the domain exits with 1. */
public class Uncaught {
    public static void main(String[] args) {
        System.out.println("about to throw");
        level1();
    }

    static void level1() {
        level2();
    }

    static void level2() {
        throw new IllegalStateException("nobody catches this");
    }
}
