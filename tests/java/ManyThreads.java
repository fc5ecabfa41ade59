// timeout: 60
// guest-memory: 160
// Hundreds of short threads started and joined, in waves, each leaving a result.
public class ManyThreads {
    public static void main(String[] args) throws InterruptedException {
        final long[] results = new long[400];
        for (int wave = 0; wave < 4; wave++) {
            Thread[] ts = new Thread[100];
            for (int i = 0; i < ts.length; i++) {
                final int id = wave * 100 + i;
                ts[i] = new Thread(() -> {
                    long s = 0;
                    for (int k = 0; k <= id; k++) s += k;
                    results[id] = s;
                });
                ts[i].start();
            }
            for (Thread t : ts) t.join();
        }
        long total = 0;
        boolean ok = true;
        for (int i = 0; i < results.length; i++) { total += results[i]; if (results[i] != (long) i * (i + 1) / 2) ok = false; }
        System.out.println("all correct " + ok + " total " + total);
        Thread last = new Thread(() -> { });
        System.out.println(last.getName());
    }
}
