// Calls methods of class Forge whose bytecode was made type-unsafe after compilation; a VM must
// refuse them (VerifyError) rather than run them. Prints only error class names.
public class VerifyMain {
    public static void main(String[] args) {
        for (int attempt = 1; attempt <= 2; attempt++) {
            try {
                Object o = Forge.forge();
                System.out.println("attempt " + attempt + ": forge returned " + o);
                System.out.println("attempt " + attempt + ": deep returned " + Forge.deep(3));
            } catch (LinkageError e) {
                System.out.println("attempt " + attempt + ": " + e.getClass().getName());
            }
        }
        System.out.println("VM still running");
    }
}
