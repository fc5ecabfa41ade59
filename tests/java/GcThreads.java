// args: -Xmx24m
// timeout: 120
// Four threads allocate and verify their own linked structures while collections happen.
public class GcThreads {
    static final class Cell {
        final int value; final Cell next; final int[] pad;
        Cell(int value, Cell next) { this.value = value; this.next = next; this.pad = new int[value % 8]; }
    }

    public static void main(String[] args) throws InterruptedException {
        final boolean[] ok = new boolean[4];
        final long[] sums = new long[4];
        Thread[] ts = new Thread[4];
        for (int t = 0; t < ts.length; t++) {
            final int id = t;
            ts[t] = new Thread(() -> {
                boolean good = true;
                long sum = 0;
                for (int round = 0; round < 150; round++) {
                    Cell head = null;
                    for (int i = 0; i < 2000; i++) head = new Cell(i + id, head);
                    int expect = 1999 + id;
                    for (Cell c = head; c != null; c = c.next) {
                        if (c.value != expect-- || c.pad.length != c.value % 8) good = false;
                        sum += c.value;
                    }
                    byte[] junk = new byte[16 * 1024];
                    junk[round % junk.length] = 1;
                }
                ok[id] = good;
                sums[id] = sum;
            });
            ts[t].start();
        }
        for (Thread t : ts) t.join();
        for (int i = 0; i < 4; i++) System.out.println("thread " + i + " intact " + ok[i] + " sum " + sums[i]);
    }
}
