// args: -Xmx16m
// Exhausting a 16 MB heap gives OutOfMemoryError, which can be caught; the heap is usable after.
import java.util.ArrayList;
import java.util.List;

public class OutOfMemory {
    public static void main(String[] args) {
        List<long[]> hog = new ArrayList<>();
        try {
            while (true) hog.add(new long[64 * 1024]);   // 512 KB each
        } catch (OutOfMemoryError e) {
            int n = hog.size();
            hog = null;
            System.out.println("caught OutOfMemoryError after > 4 chunks: " + (n > 4));
        }
        try {
            int[] huge = new int[Integer.MAX_VALUE - 8];
            System.out.println(huge.length);
        } catch (OutOfMemoryError e) {
            System.out.println("huge array: OutOfMemoryError");
        }
        try {
            long[][] big = new long[1024][1024 * 8];    // 64 MB in one multianewarray
            System.out.println(big.length);
        } catch (OutOfMemoryError e) {
            System.out.println("multi-dimensional: OutOfMemoryError");
        }
        List<byte[]> after = new ArrayList<>();
        for (int i = 0; i < 32; i++) after.add(new byte[64 * 1024]);   // small chunks: no humongous regions
        System.out.println("recovered: allocated " + after.size() * 64 + " KB");
        after = null;
        StringBuilder sb = new StringBuilder();
        try {
            while (true) sb.append("0123456789abcdef0123456789abcdef");
        } catch (OutOfMemoryError e) {
            sb = null;
            System.out.println("StringBuilder growth: OutOfMemoryError");
        }
        System.out.println("done");
    }
}
