// The VM exits when only daemon threads remain; a non-daemon thread keeps it alive until done.
public class DaemonThreads {
    public static void main(String[] args) throws Exception {
        Thread daemon = new Thread(() -> {
            while (true) {
                try { Thread.sleep(1000); } catch (InterruptedException e) { return; }
            }
        }, "forever-daemon");
        daemon.setDaemon(true);
        daemon.start();
        final Thread mainThread = Thread.currentThread();
        Thread worker = new Thread(() -> {
            try { mainThread.join(); } catch (InterruptedException e) { }
            System.out.println("non-daemon worker finished after main returned");
        }, "worker");
        worker.start();
        Thread child = new Thread(() -> {
            Thread inner = new Thread(() -> { });
            System.out.println("child of daemon is daemon: " + inner.isDaemon());
        });
        child.setDaemon(true);
        child.start();
        child.join();
        System.out.println("main returns; daemon alive: " + daemon.isAlive());
    }
}
