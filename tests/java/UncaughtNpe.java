// expect-exit: 1
// An uncaught VM-raised NullPointerException (run with helpful messages off): no message text.
public class UncaughtNpe {
    String text;

    int length() { return text.length(); }

    public static void main(String[] args) {
        UncaughtNpe u = new UncaughtNpe();
        System.out.println("calling");
        System.out.println(u.length());
    }
}
