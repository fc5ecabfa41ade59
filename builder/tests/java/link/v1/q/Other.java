package q;

public class Other {
    public static void pub() {
    }
    public static void prot() {
    }
}
