// Compiled against version 2 of Shape; Square was compiled against version 1.
public class Main {
    public static void main(String[] args) {
        Shape s = make();
        System.out.println(s.name());
        for (int attempt = 1; attempt <= 2; attempt++) {
            try {
                System.out.println(s.sides());
            } catch (LinkageError e) {
                System.out.println("attempt " + attempt + ": " + e.getClass().getName());
            }
        }
        System.out.println("VM still running");
    }

    static Shape make() { return new Square(); }
}
