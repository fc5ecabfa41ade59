// An exception escaping a thread's run() is printed with the thread's name; main goes on.
public class ThreadUncaught {
    static class Failing extends Thread {
        Failing() { super("failing-worker"); }
        @Override public void run() { step(); }
        void step() { throw new IllegalStateException("worker broke"); }
    }

    public static void main(String[] args) throws InterruptedException {
        Failing f = new Failing();
        f.start();
        f.join();
        System.out.println("main continues, worker alive: " + f.isAlive());
        Thread h = new Thread("handled") {
            @Override public void run() { throw new UnsupportedOperationException("to handler"); }
        };
        h.setUncaughtExceptionHandler((t, e) -> System.out.println("handler: " + t.getName() + " " + e.getMessage()));
        h.start();
        h.join();
        System.out.println("exit status stays 0");
    }
}
