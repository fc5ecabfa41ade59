// args: -Xmx16m
// timeout: 120
// Allocates about 50 times the 16 MB heap in short-lived objects of many sizes.
public class GcChurn {
    static final class Node {
        final int value; Node next;
        Node(int value, Node next) { this.value = value; this.next = next; }
    }

    public static void main(String[] args) {
        long allocated = 0, check = 0;
        final long target = 50L * 16 * 1024 * 1024;
        int round = 0;
        while (allocated < target) {
            round++;
            Node list = null;
            for (int i = 0; i < 1000; i++) list = new Node(i, list);   // ~24 KB of small objects
            allocated += 1000 * 24;
            for (Node n = list; n != null; n = n.next) check += n.value;
            byte[] b = new byte[1024 + (round % 64) * 512];
            b[b.length - 1] = (byte) round;
            check += b[b.length - 1];
            allocated += b.length;
            String s = "round-" + round;
            check += s.length();
            allocated += 64;
            if (round % 100 == 0) {
                int[] big = new int[256 * 1024];                         // 1 MB, dies at once
                big[big.length - 1] = round;
                check += big[big.length - 1];
                allocated += big.length * 4L;
            }
        }
        System.out.println("rounds " + round + " check " + check);
    }
}
