public class Lib {
    public static int count;
    public int inst;
    public static void help(int x) {
    }
    public static void flip() {
    }
    public void secret() {
    }
    public void kept() {
    }
}
