// StackOverflowError in a thread other than main is caught there; the thread and VM carry on.
public class ThreadStackOverflow {
    static int depth(int n) { return depth(n + 1) + 1; }

    public static void main(String[] args) throws InterruptedException {
        final String[] out = new String[3];
        Thread[] ts = new Thread[3];
        for (int i = 0; i < ts.length; i++) {
            final int id = i;
            ts[i] = new Thread(() -> {
                try {
                    depth(0);
                    out[id] = "no error";
                } catch (StackOverflowError e) {
                    out[id] = "thread " + id + " caught StackOverflowError";
                }
            });
            ts[i].start();
        }
        for (Thread t : ts) t.join();
        for (String s : out) System.out.println(s);
        try { depth(0); } catch (StackOverflowError e) { System.out.println("main caught StackOverflowError too"); }
    }
}
