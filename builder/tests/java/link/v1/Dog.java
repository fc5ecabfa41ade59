public class Dog implements Walker {
    public void walk() {
    }
}
