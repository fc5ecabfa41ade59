// args: -Xmx400m
// timeout: 120
// With a large -Xmx the VM keeps ~150 MB live across collections and allocates big arrays.
public class LargeHeap {
    public static void main(String[] args) {
        long[][] live = new long[150][];
        for (int i = 0; i < live.length; i++) {
            live[i] = new long[128 * 1024 - 4];         // just under 1 MB each
            live[i][i % 1000] = i;
            for (int j = 0; j < 20; j++) { byte[] g = new byte[256 * 1024]; g[0] = (byte) j; }   // garbage
        }
        long sum = 0;
        for (int i = 0; i < live.length; i++) sum += live[i][i % 1000];
        System.out.println("live MB 150, checksum " + sum);
        int[] big = new int[20 * 1024 * 1024];           // one 80 MB array
        big[big.length - 1] = 7;
        System.out.println("big array length " + big.length + " last " + big[big.length - 1]);
    }
}
