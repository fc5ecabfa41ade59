// ThreadLocal: per-thread values, initial values, remove, inheritance is not automatic.
public class ThreadLocalTest {
    static final ThreadLocal<Integer> counter = ThreadLocal.withInitial(() -> 100);
    static final ThreadLocal<String> name = new ThreadLocal<>();

    public static void main(String[] args) throws InterruptedException {
        counter.set(1);
        name.set("main-value");
        final int[] seen = new int[4];
        final String[] names = new String[4];
        Thread[] ts = new Thread[4];
        for (int i = 0; i < ts.length; i++) {
            final int id = i;
            ts[i] = new Thread(() -> {
                names[id] = name.get();
                for (int k = 0; k <= id; k++) counter.set(counter.get() + 1);
                seen[id] = counter.get();
            });
            ts[i].start();
        }
        for (Thread t : ts) t.join();
        System.out.println(java.util.Arrays.toString(seen) + " " + java.util.Arrays.toString(names));
        System.out.println(counter.get() + " " + name.get());
        counter.remove();
        name.remove();
        System.out.println(counter.get() + " " + name.get());
        ThreadLocal<StringBuilder> sb = new ThreadLocal<StringBuilder>() {
            @Override protected StringBuilder initialValue() { return new StringBuilder("init"); }
        };
        sb.get().append("+main");
        Thread t = new Thread(() -> System.out.println("other thread sees " + sb.get()));
        t.start();
        t.join();
        System.out.println("main sees " + sb.get());
    }
}
