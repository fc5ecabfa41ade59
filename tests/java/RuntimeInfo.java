// args: -Xmx32m
// Runtime and System facts whose values differ between VMs but whose relations do not.
public class RuntimeInfo {
    public static void main(String[] args) throws Exception {
        Runtime rt = Runtime.getRuntime();
        long max = rt.maxMemory(), total = rt.totalMemory(), free = rt.freeMemory();
        System.out.println("processors >= 1: " + (rt.availableProcessors() >= 1));
        System.out.println("max >= total >= free >= 0: " + (max >= total && total >= free && free >= 0));
        System.out.println("max near -Xmx32m: " + (max > 16L << 20 && max <= 40L << 20));
        System.out.println("same Runtime: " + (rt == Runtime.getRuntime()));
        long t0 = System.currentTimeMillis(), n0 = System.nanoTime();
        Thread.sleep(20);
        long t1 = System.currentTimeMillis(), n1 = System.nanoTime();
        System.out.println("clock after 2020: " + (t0 > 1577836800000L));
        System.out.println("time moves forward: " + (t1 >= t0) + " " + (n1 - n0 >= 15000000L));
        rt.gc();
        System.gc();
        System.out.println("gc() returns");
    }
}
