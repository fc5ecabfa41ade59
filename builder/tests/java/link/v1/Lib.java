public class Lib {
    public static int count;
    public static void help(int x) {
    }
    public void kept() {
    }
}
