import java.util.ArrayList;
import java.util.List;

/* OutOfMemoryError and StackOverflowError are Java errors in the guest too: caught and reported
 * by the program, or (argument "oom" / "soe") left uncaught, when the VM prints them and the
 * domain exits with 1. Never a kernel panic. */
public class HeapAndStack {
    static int depth;

    static void recurse() {
        depth++;
        recurse();
    }

    static int fillHeap() {
        List<long[]> hog = new ArrayList<>();
        while (true)
            hog.add(new long[16 * 1024]);
    }

    public static void main(String[] args) {
        String mode = args.length > 0 ? args[0] : "catch";
        if (mode.equals("oom")) {
            System.out.println("filling the heap, uncaught");
            fillHeap();
        }
        if (mode.equals("soe")) {
            System.out.println("recursing, uncaught");
            recurse();
        }
        try {
            fillHeap();
        } catch (OutOfMemoryError e) {
            System.out.println("caught " + e);
        }
        try {
            recurse();
        } catch (StackOverflowError e) {
            System.out.println("caught " + e.getClass().getName() + " at depth > 1000: " + (depth > 1000));
        }
        List<int[]> again = new ArrayList<>();
        for (int i = 0; i < 100; i++)
            again.add(new int[1000]);
        System.out.println("allocating again works: " + again.size());
        System.out.println("VERDICT PASS");
    }
}
