// timeout: 60
// Thread.getState through NEW, RUNNABLE, BLOCKED, WAITING, TIMED_WAITING, TERMINATED; class locks.
public class ThreadStates {
    static final Object lock = new Object();
    static volatile boolean go;

    static synchronized boolean staticSyncHoldsClassLock() { return Thread.holdsLock(ThreadStates.class); }

    static void waitFor(Thread t, Thread.State s) throws InterruptedException {
        for (int i = 0; i < 1000 && t.getState() != s; i++) Thread.sleep(5);
        System.out.println(t.getName() + " " + t.getState());
    }

    public static void main(String[] args) throws Exception {
        Thread spinner = new Thread(() -> { while (!go) { Thread.yield(); } }, "spinner");
        System.out.println(spinner.getName() + " " + spinner.getState());
        spinner.start();
        waitFor(spinner, Thread.State.RUNNABLE);
        go = true;
        spinner.join();
        System.out.println(spinner.getName() + " " + spinner.getState());
        Thread blocked = new Thread(() -> { synchronized (lock) { } }, "blocked");
        synchronized (lock) {
            blocked.start();
            waitFor(blocked, Thread.State.BLOCKED);
        }
        blocked.join();
        Thread waiting = new Thread(() -> {
            synchronized (lock) { try { lock.wait(); } catch (InterruptedException e) { } }
        }, "waiting");
        waiting.start();
        waitFor(waiting, Thread.State.WAITING);
        synchronized (lock) { lock.notifyAll(); }
        waiting.join();
        Thread sleeping = new Thread(() -> { try { Thread.sleep(60000); } catch (InterruptedException e) { } }, "sleeping");
        sleeping.start();
        waitFor(sleeping, Thread.State.TIMED_WAITING);
        sleeping.interrupt();
        sleeping.join();
        System.out.println(sleeping.getName() + " " + sleeping.getState());
        System.out.println("static synchronized holds the class lock: " + staticSyncHoldsClassLock());
        synchronized (ThreadStates.class) { System.out.println("block on class literal: " + Thread.holdsLock(ThreadStates.class)); }
    }
}
