/* Waits to be shut down from outside (xl shutdown): the VM must run the shutdown hook. */
public class ShutdownHook {
    public static void main(String[] args) throws InterruptedException {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println("shutdown hook ran")));
        System.out.println("READY");
        while (true)
            Thread.sleep(1000);
    }
}
