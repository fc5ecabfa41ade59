// args: -Xmx16m
// expect-exit: 1
// An uncaught OutOfMemoryError: "Java heap space" with the allocating frame in the trace.
public class UncaughtOom {
    static void grow() {
        int[][] hoard = new int[100000][];   // local: garbage once the error leaves grow();
        for (int i = 0; ; i++) hoard[i] = new int[16 * 1024];   // the only allocation in the loop
    }

    public static void main(String[] args) {
        System.out.println("filling the heap");
        grow();
    }
}
