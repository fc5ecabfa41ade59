// synchronized methods and blocks: mutual exclusion across threads, reentrancy, static locks.
public class Synchronized {
    private int count;
    private static int staticCount;
    private final Object lock = new Object();
    private long blockCount;

    synchronized void inc() { count++; }
    static synchronized void staticInc() { staticCount++; }
    void blockInc() { synchronized (lock) { blockCount++; } }
    synchronized int reenter(int n) { return n == 0 ? 0 : 1 + reenter(n - 1); }

    public static void main(String[] args) throws InterruptedException {
        final Synchronized s = new Synchronized();
        Thread[] ts = new Thread[4];
        for (int i = 0; i < ts.length; i++) {
            ts[i] = new Thread(() -> {
                for (int j = 0; j < 50000; j++) { s.inc(); staticInc(); s.blockInc(); }
            });
            ts[i].start();
        }
        for (Thread t : ts) t.join();
        System.out.println(s.count + " " + staticCount + " " + s.blockCount);
        System.out.println(s.reenter(100));
        synchronized (s) {
            synchronized (s) {
                s.inc();
                System.out.println("nested monitor " + Thread.holdsLock(s));
            }
        }
        System.out.println(Thread.holdsLock(s));
        final int[] shared = {0};
        final Object mon = new Object();
        Thread a = new Thread(() -> {
            for (int i = 0; i < 100000; i++) synchronized (mon) { shared[0] += 2; }
        });
        Thread b = new Thread(() -> {
            for (int i = 0; i < 100000; i++) synchronized (mon) { shared[0] -= 1; }
        });
        a.start(); b.start(); a.join(); b.join();
        System.out.println(shared[0]);
        try {
            synchronized (mon) { throw new RuntimeException("exception releases the monitor"); }
        } catch (RuntimeException e) {
            Thread other = new Thread(() -> { synchronized (mon) { System.out.println("other thread got the monitor"); } });
            other.start();
            other.join();
        }
        try {
            mon.notify();
        } catch (IllegalMonitorStateException e) {
            System.out.println("notify without monitor: IllegalMonitorStateException");
        }
    }
}
