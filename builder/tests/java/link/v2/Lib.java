public class Lib {
    public static int inst;
    public void flip() {
    }
    private void secret() {
    }
    public void kept() {
    }
}
