// A bounded buffer with wait/notifyAll: 3 producers, 2 consumers, checksums must add up.
public class ProducerConsumer {
    static class Buffer {
        private final int[] items = new int[8];
        private int head, tail, count;

        synchronized void put(int x) throws InterruptedException {
            while (count == items.length) wait();
            items[tail] = x;
            tail = (tail + 1) % items.length;
            count++;
            notifyAll();
        }

        synchronized int take() throws InterruptedException {
            while (count == 0) wait();
            int x = items[head];
            head = (head + 1) % items.length;
            count--;
            notifyAll();
            return x;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        final Buffer buf = new Buffer();
        final int perProducer = 20000, producers = 3, consumers = 2;
        final long[] consumed = new long[consumers];
        final int[] counts = new int[consumers];
        Thread[] ps = new Thread[producers], cs = new Thread[consumers];
        for (int p = 0; p < producers; p++) {
            final int base = p * 1000000;
            ps[p] = new Thread(() -> {
                try {
                    for (int i = 1; i <= perProducer; i++) buf.put(base + i);
                } catch (InterruptedException e) { }
            });
        }
        for (int c = 0; c < consumers; c++) {
            final int id = c;
            cs[c] = new Thread(() -> {
                try {
                    while (true) {
                        int x = buf.take();
                        if (x < 0) return;     // poison pill
                        consumed[id] += x;
                        counts[id]++;
                    }
                } catch (InterruptedException e) { }
            });
        }
        for (Thread t : cs) t.start();
        for (Thread t : ps) t.start();
        for (Thread t : ps) t.join();
        for (int c = 0; c < consumers; c++) buf.put(-1);
        for (Thread t : cs) t.join();
        long sum = 0; int n = 0;
        for (int c = 0; c < consumers; c++) { sum += consumed[c]; n += counts[c]; }
        long expected = 0;
        for (int p = 0; p < producers; p++) expected += (long) p * 1000000 * perProducer + (long) perProducer * (perProducer + 1) / 2;
        System.out.println("items " + n + " sum " + sum + " expected " + expected + " ok " + (sum == expected));
    }
}
