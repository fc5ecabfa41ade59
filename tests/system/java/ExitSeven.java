/* System.exit(7): the domain's exit code is 7. */
public class ExitSeven {
    public static void main(String[] args) {
        System.out.println("exiting with 7");
        System.exit(7);
        System.out.println("not reached");
    }
}
