import java.util.ArrayDeque;

/* Producers and consumers on a bounded buffer (synchronized, wait/notifyAll), while a thread
 * spins without ever blocking or yielding: on one vCPU the others progress only if the kernel
 * preempts it. Ends with VERDICT PASS when every item was consumed exactly once. */
public class ProducersConsumers {
    static final int PRODUCERS = 3, CONSUMERS = 3, ITEMS = 1500, CAPACITY = 4;
    static final ArrayDeque<Integer> buffer = new ArrayDeque<>();
    static long consumedSum, consumedCount;
    static volatile boolean done;
    static volatile long spins;

    static void put(int v) throws InterruptedException {
        synchronized (buffer) {
            while (buffer.size() == CAPACITY)
                buffer.wait();
            buffer.addLast(v);
            buffer.notifyAll();
        }
    }

    /* -1 is the end marker: one per consumer */
    static int take() throws InterruptedException {
        synchronized (buffer) {
            while (buffer.isEmpty())
                buffer.wait();
            int v = buffer.removeFirst();
            buffer.notifyAll();
            return v;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Thread spinner = new Thread(() -> {
            long n = 0;
            while (!done)
                n++;
            spins = n;
        }, "spinner");
        spinner.setDaemon(true);
        spinner.start();

        Thread[] producers = new Thread[PRODUCERS], consumers = new Thread[CONSUMERS];
        long[] perConsumer = new long[CONSUMERS];
        for (int p = 0; p < PRODUCERS; p++) {
            final int base = p * ITEMS;
            producers[p] = new Thread(() -> {
                try {
                    for (int i = 1; i <= ITEMS; i++)
                        put(base + i);
                } catch (InterruptedException e) {
                    throw new RuntimeException(e);
                }
            }, "producer-" + p);
        }
        for (int c = 0; c < CONSUMERS; c++) {
            final int me = c;
            consumers[c] = new Thread(() -> {
                try {
                    for (int v; (v = take()) != -1;) {
                        synchronized (ProducersConsumers.class) {
                            consumedSum += v;
                            consumedCount++;
                        }
                        perConsumer[me]++;
                    }
                } catch (InterruptedException e) {
                    throw new RuntimeException(e);
                }
            }, "consumer-" + c);
        }
        for (Thread t : consumers)
            t.start();
        for (Thread t : producers)
            t.start();
        for (Thread t : producers)
            t.join();
        for (int c = 0; c < CONSUMERS; c++)
            put(-1);
        for (Thread t : consumers)
            t.join();
        done = true;
        spinner.join();

        long n = (long) PRODUCERS * ITEMS, want = n * (n + 1) / 2;
        System.out.println("consumed " + consumedCount + " items, sum " + consumedSum + " (expected "
                + n + ", " + want + "), spinner ran " + (spins > 0 ? "yes" : "no"));
        for (int c = 0; c < CONSUMERS; c++)
            System.out.println("consumer-" + c + " took " + perConsumer[c]);
        System.out.println(consumedCount == n && consumedSum == want && spins > 0 && buffer.isEmpty()
                ? "VERDICT PASS" : "VERDICT FAIL");
    }
}
