// args: -Xmx16m
// timeout: 120
// Cyclic garbage (rings, doubly linked lists, self references) must be reclaimed.
public class GcCycles {
    static final class Ring {
        Ring next, prev; final byte[] data;
        Ring(int size) { data = new byte[size]; }
    }

    static Ring makeRing(int n, int size) {
        Ring first = new Ring(size), cur = first;
        for (int i = 1; i < n; i++) {
            Ring r = new Ring(size);
            cur.next = r; r.prev = cur; cur = r;
        }
        cur.next = first; first.prev = cur;
        return first;
    }

    public static void main(String[] args) {
        long total = 0;
        for (int i = 0; i < 400; i++) {
            Ring r = makeRing(100, 1000);            // ~100 KB per ring, all garbage after this round
            total += r.prev.data.length;
            Object[] self = new Object[100];
            self[0] = self;                          // self-referencing array
            total += self.length;
        }
        System.out.println("allocated in cycles, checksum " + total);
        Ring keep = makeRing(1000, 100);
        int n = 0;
        Ring c = keep;
        do { n++; c = c.next; } while (c != keep);
        System.out.println("kept ring length " + n);
    }
}
