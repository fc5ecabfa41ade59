// Compiled against version 1 of the classes it uses; run against version 2.
public class Main {
    static void use() throws Throwable {
        System.out.println(new Lib() != null);
    }

    public static void main(String[] args) throws Throwable {
        for (int attempt = 1; attempt <= 2; attempt++) {
            try {
                use();
                System.out.println("attempt " + attempt + ": no error");
            } catch (LinkageError e) {
                System.out.println("attempt " + attempt + ": " + e.getClass().getName());
            }
        }
        System.out.println("VM still running");
    }
}
