// main-args: one two 3 --flag=x
// Command-line arguments reach main(String[]) unchanged.
public class MainArgs {
    public static void main(String[] args) {
        System.out.println(args.length);
        for (int i = 0; i < args.length; i++) System.out.println(i + ": [" + args[i] + "]");
    }
}
