/* Has a main, but not the one the VM calls: not static, wrong parameter. */
public class NoMain {
    public void main(String[] args) {
    }

    public static void main(int argc) {
    }
}
