// Thread.sleep and interrupt: interrupting a sleeper, interrupted status, pre-set interrupts.
public class ThreadInterrupt {
    public static void main(String[] args) throws Exception {
        final StringBuilder log = new StringBuilder();
        Thread sleeper = new Thread(() -> {
            try {
                Thread.sleep(60000);
                log.append("woke normally");
            } catch (InterruptedException e) {
                log.append("interrupted; flag now " + Thread.currentThread().isInterrupted());
            }
        });
        sleeper.start();
        Thread.sleep(50);
        sleeper.interrupt();
        sleeper.join();
        System.out.println(log);
        Thread.currentThread().interrupt();
        System.out.println(Thread.currentThread().isInterrupted() + " " + Thread.interrupted() + " " + Thread.interrupted());
        Thread.currentThread().interrupt();
        try {
            Thread.sleep(1000);
            System.out.println("slept");
        } catch (InterruptedException e) {
            System.out.println("pending interrupt: immediate InterruptedException " + Thread.currentThread().isInterrupted());
        }
        long t0 = System.nanoTime();
        Thread.sleep(30);
        long ms = (System.nanoTime() - t0) / 1000000;
        System.out.println("slept at least 25 ms: " + (ms >= 25));
        final Object lock = new Object();
        final StringBuilder w = new StringBuilder();
        Thread waiter = new Thread(() -> {
            synchronized (lock) {
                try {
                    lock.wait();
                    w.append("notified");
                } catch (InterruptedException e) {
                    w.append("wait interrupted");
                }
            }
        });
        waiter.start();
        Thread.sleep(50);
        waiter.interrupt();
        waiter.join();
        System.out.println(w);
        Thread joiner = new Thread(() -> {
            try {
                Thread.currentThread().join();   // would wait forever
            } catch (InterruptedException e) {
                log.setLength(0);
                log.append("join interrupted");
            }
        });
        joiner.start();
        Thread.sleep(50);
        joiner.interrupt();
        joiner.join();
        System.out.println(log);
        Thread notStarted = new Thread(() -> { });
        notStarted.interrupt();
        notStarted.join();
        System.out.println("join on unstarted thread returns");
    }
}
