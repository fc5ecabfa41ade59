// A System.exit called while the shutdown hooks of an earlier exit run blocks: the first exit
// finishes its hooks and halts with its own status.
public class ExitDuringHooks {
    public static void main(String[] args) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("hook start");
            Thread late = new Thread(() -> System.exit(7));
            late.setDaemon(true);
            late.start();
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                System.out.println("interrupted");
            }
            System.out.println("hook end");
        }));
        System.out.println("main exits with 3");
        System.exit(3);
    }
}
