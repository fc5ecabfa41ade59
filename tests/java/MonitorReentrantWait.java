// wait() inside a monitor entered several times releases it completely and restores the count.
public class MonitorReentrantWait {
    static final Object lock = new Object();
    static volatile boolean otherGotIn;

    public static void main(String[] args) throws InterruptedException {
        Thread other = new Thread(() -> {
            synchronized (lock) {
                otherGotIn = true;
                lock.notifyAll();
            }
        });
        synchronized (lock) {
            synchronized (lock) {
                synchronized (lock) {
                    other.start();
                    while (!otherGotIn) lock.wait();   // must release all three levels
                    System.out.println("other thread entered while we waited three levels deep");
                    System.out.println("holds after wait: " + Thread.holdsLock(lock));
                }
                System.out.println("holds after one exit: " + Thread.holdsLock(lock));
            }
            System.out.println("holds after two exits: " + Thread.holdsLock(lock));
        }
        System.out.println("holds after all exits: " + Thread.holdsLock(lock));
        other.join();
        Thread late = new Thread(() -> { synchronized (lock) { System.out.println("monitor free for others"); } });
        late.start();
        late.join();
        Thread slow = new Thread(() -> { try { Thread.sleep(5000); } catch (InterruptedException e) { } });
        slow.start();
        slow.join(50);
        System.out.println("join(50) returned while alive: " + slow.isAlive());
        slow.interrupt();
        slow.join();
        System.out.println("alive after join: " + slow.isAlive());
    }
}
