// wait/notify/notifyAll, wait with timeout, IllegalMonitorStateException.
public class WaitNotify {
    static final Object lock = new Object();
    static int phase;
    static int woken;

    public static void main(String[] args) throws Exception {
        Thread t = new Thread(() -> {
            synchronized (lock) {
                while (phase == 0) {
                    try { lock.wait(); } catch (InterruptedException e) { return; }
                }
                phase = 2;
                lock.notify();
            }
        });
        t.start();
        synchronized (lock) {
            phase = 1;
            lock.notify();
            while (phase != 2) lock.wait();
        }
        t.join();
        System.out.println("handshake phase " + phase);
        Thread[] waiters = new Thread[5];
        final int[] ready = {0};
        for (int i = 0; i < waiters.length; i++) {
            waiters[i] = new Thread(() -> {
                synchronized (lock) {
                    ready[0]++;
                    lock.notifyAll();
                    while (phase != 3) {
                        try { lock.wait(); } catch (InterruptedException e) { return; }
                    }
                    woken++;
                }
            });
            waiters[i].start();
        }
        synchronized (lock) {
            while (ready[0] < waiters.length) lock.wait();
            phase = 3;
            lock.notifyAll();
        }
        for (Thread w : waiters) w.join();
        System.out.println("notifyAll woke " + woken);
        long t0 = System.currentTimeMillis();
        synchronized (lock) { lock.wait(100); }
        long waited = System.currentTimeMillis() - t0;
        System.out.println("timed wait returned, waited >= 90 ms: " + (waited >= 90));
        synchronized (lock) { lock.wait(1, 500); }
        System.out.println("wait(ms, ns) returned");
        try {
            lock.wait();
        } catch (IllegalMonitorStateException e) {
            System.out.println("wait without monitor: IllegalMonitorStateException");
        }
        try {
            lock.notifyAll();
        } catch (IllegalMonitorStateException e) {
            System.out.println("notifyAll without monitor: IllegalMonitorStateException");
        }
        try {
            synchronized (lock) { lock.wait(-1); }
        } catch (IllegalArgumentException e) {
            System.out.println("negative timeout: IllegalArgumentException");
        }
        Object other = new Object();
        synchronized (other) {
            synchronized (lock) {
                lock.wait(10);   // releases only lock, not other
                System.out.println("still holds other: " + Thread.holdsLock(other));
            }
        }
    }
}
