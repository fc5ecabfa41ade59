// Threads: start/join, default and explicit names, currentThread, isAlive, daemon flag, priority.
import java.util.ArrayList;
import java.util.List;

public class ThreadsBasic {
    static class Counter extends Thread {
        long result;
        final int n;
        Counter(int n) { this.n = n; }
        @Override public void run() { for (int i = 1; i <= n; i++) result += i; }
    }

    public static void main(String[] args) throws InterruptedException {
        Thread main = Thread.currentThread();
        System.out.println(main.getName() + " " + main.isAlive() + " " + main.isDaemon() + " " + main.getPriority());
        final String[] seen = new String[1];
        Thread t = new Thread(() -> seen[0] = Thread.currentThread().getName());
        System.out.println(t.getName() + " " + t.isAlive() + " " + t.getState());
        t.start();
        t.join();
        System.out.println(seen[0] + " " + t.isAlive() + " " + t.getState());
        Thread named = new Thread(() -> seen[0] = Thread.currentThread().getName(), "worker-x");
        named.start();
        named.join();
        System.out.println(seen[0]);
        Thread unnamed2 = new Thread(() -> { });
        System.out.println(unnamed2.getName());
        unnamed2.setName("renamed");
        System.out.println(unnamed2.getName());
        List<Counter> cs = new ArrayList<>();
        for (int i = 0; i < 4; i++) cs.add(new Counter(100000 * (i + 1)));
        for (Counter c : cs) c.start();
        long total = 0;
        for (Counter c : cs) { c.join(); total += c.result; }
        System.out.println(total);
        Thread d = new Thread(() -> { });
        d.setDaemon(true);
        System.out.println(d.isDaemon());
        Thread p = new Thread(() -> { });
        p.setPriority(Thread.MAX_PRIORITY);
        System.out.println(p.getPriority() + " " + Thread.MIN_PRIORITY + " " + Thread.NORM_PRIORITY);
        Thread started = new Thread(() -> { });
        started.start();
        try {
            started.start();
        } catch (IllegalThreadStateException e) {
            System.out.println("start twice: IllegalThreadStateException");
        }
        started.join();
        started.join(10);
        Thread.yield();
        System.out.println("same thread: " + (Thread.currentThread() == main));
        final StringBuilder order = new StringBuilder();
        Thread chain = null;
        for (int i = 0; i < 5; i++) {
            final Thread prev = chain;
            final int id = i;
            chain = new Thread(() -> {
                try { if (prev != null) prev.join(); } catch (InterruptedException e) { }
                synchronized (order) { order.append(id); }
            });
            chain.start();
        }
        chain.join();
        System.out.println(order);
    }
}
