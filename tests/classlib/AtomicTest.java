import java.util.concurrent.atomic.*;

/* Atomic variables (values and return conventions; run.sh tests ours renamed to sdtest.atomic). */
public class AtomicTest {
    public static void main(String[] args) throws InterruptedException {
        AtomicInteger ai = new AtomicInteger(5);
        System.out.println(ai.getAndIncrement() + " " + ai.incrementAndGet() + " " + ai.getAndAdd(10) + " " + ai.addAndGet(-3) + " "
                + ai.decrementAndGet() + " " + ai.getAndDecrement() + " " + ai.compareAndSet(99, 1) + " " + ai.compareAndSet(12, 1) + " "
                + ai.getAndSet(40) + " " + ai.updateAndGet(x -> x * 2) + " " + ai.getAndUpdate(x -> x + 1) + " "
                + ai.accumulateAndGet(3, Math::max) + " " + ai.getAndAccumulate(100, Integer::sum) + " " + ai + " " + ai.doubleValue());
        AtomicLong al = new AtomicLong(Long.MAX_VALUE);
        System.out.println(al.incrementAndGet() + " " + al.getAndAdd(5) + " " + al.compareAndSet(Long.MIN_VALUE + 5, 0) + " " + al + " " + al.intValue());
        AtomicBoolean ab = new AtomicBoolean();
        System.out.println(ab + " " + ab.compareAndSet(false, true) + " " + ab.compareAndSet(false, true) + " " + ab.getAndSet(false) + " " + ab.get());
        AtomicReference<String> ar = new AtomicReference<>("a");
        String b = new String("b");
        System.out.println(ar.getAndSet(b) + " " + ar.compareAndSet(new String("b"), "c") + " " + ar.compareAndSet(b, "c") + " "
                + ar.updateAndGet(s -> s + s) + " " + ar.accumulateAndGet("x", String::concat) + " " + ar + " " + new AtomicReference<>());
        AtomicInteger counter = new AtomicInteger();
        Thread[] ts = new Thread[4];
        for (int i = 0; i < ts.length; i++) {
            ts[i] = new Thread(() -> {
                for (int k = 0; k < 10000; k++)
                    counter.incrementAndGet();
            });
            ts[i].start();
        }
        for (Thread t : ts)
            t.join();
        System.out.println(counter.get());
    }
}
