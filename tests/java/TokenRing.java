// A token passed around a ring of threads with wait/notifyAll on one monitor: strict turn order.
public class TokenRing {
    static final Object lock = new Object();
    static int turn;
    static final StringBuilder trace = new StringBuilder();

    public static void main(String[] args) throws InterruptedException {
        final int n = 5, laps = 200;
        Thread[] ts = new Thread[n];
        for (int i = 0; i < n; i++) {
            final int me = i;
            ts[i] = new Thread(() -> {
                for (int lap = 0; lap < laps; lap++) {
                    synchronized (lock) {
                        while (turn % n != me) {
                            try { lock.wait(); } catch (InterruptedException e) { return; }
                        }
                        if (lap < 2) trace.append(me);
                        turn++;
                        lock.notifyAll();
                    }
                }
            }, "ring-" + i);
        }
        for (int i = n - 1; i >= 0; i--) ts[i].start();
        for (Thread t : ts) t.join();
        System.out.println("turns " + turn + " trace " + trace);
    }
}
