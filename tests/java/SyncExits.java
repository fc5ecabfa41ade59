// Monitors are released on every way out of a synchronized block or method: break, continue,
// return, exceptions through nested blocks, and exceptions thrown by synchronized methods.
public class SyncExits {
    static final Object a = new Object(), b = new Object();

    static String held() { return (Thread.holdsLock(a) ? "A" : "-") + (Thread.holdsLock(b) ? "B" : "-"); }

    static int returnInside() {
        synchronized (a) { synchronized (b) { return 42; } }
    }

    synchronized void throwing() { throw new IllegalStateException("from synchronized method"); }

    static void otherThreadCanLock() throws InterruptedException {
        final boolean[] got = new boolean[1];
        Thread t = new Thread(() -> { synchronized (a) { synchronized (b) { got[0] = true; } } });
        t.start();
        t.join();
        System.out.println("other thread locked both: " + got[0]);
    }

    public static void main(String[] args) throws Exception {
        outer:
        for (int i = 0; i < 3; i++) {
            synchronized (a) {
                synchronized (b) {
                    if (i == 0) continue outer;
                    if (i == 1) break outer;
                }
            }
        }
        System.out.println("after break/continue: " + held());
        System.out.println(returnInside() + " after return: " + held());
        try {
            synchronized (a) { synchronized (b) { Object o = null; o.hashCode(); } }
        } catch (NullPointerException e) {
            System.out.println("after NPE in nested blocks: " + held());
        }
        SyncExits s = new SyncExits();
        try {
            s.throwing();
        } catch (IllegalStateException e) {
            System.out.println("after synchronized method threw: " + Thread.holdsLock(s));
        }
        for (int i = 0; i < 1000; i++) {
            try {
                synchronized (a) { if (i % 2 == 0) throw new RuntimeException(); }
            } catch (RuntimeException e) { }
        }
        System.out.println("after 1000 rounds: " + held());
        otherThreadCanLock();
    }
}
