// Loads class Bad (damaged after compilation) twice; prints only the error class names.
public class CorruptMain {
    public static void main(String[] args) {
        for (int attempt = 1; attempt <= 2; attempt++) {
            try {
                Object o = new Bad();
                System.out.println("attempt " + attempt + ": loaded " + o);
            } catch (LinkageError e) {
                System.out.println("attempt " + attempt + ": " + e.getClass().getName());
            }
        }
        System.out.println("VM still running");
    }
}
