package q;

public class Other {
    static void pub() {
    }
    protected static void prot() {
    }
}
