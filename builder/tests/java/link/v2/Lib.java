public class Lib {
    public void kept() {
    }
}
