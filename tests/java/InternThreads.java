// String.intern from several threads at once yields one canonical object per content.
public class InternThreads {
    public static void main(String[] args) throws InterruptedException {
        final String[][] seen = new String[4][500];
        Thread[] ts = new Thread[4];
        for (int t = 0; t < ts.length; t++) {
            final int id = t;
            ts[t] = new Thread(() -> {
                for (int i = 0; i < 500; i++) seen[id][i] = new StringBuilder("key-").append(i).toString().intern();
            });
            ts[t].start();
        }
        for (Thread t : ts) t.join();
        int same = 0;
        for (int i = 0; i < 500; i++) if (seen[0][i] == seen[1][i] && seen[1][i] == seen[2][i] && seen[2][i] == seen[3][i]) same++;
        System.out.println("canonical across threads: " + same + "/500");
        System.out.println("matches literal: " + (seen[3][7] == "key-7"));
    }
}
