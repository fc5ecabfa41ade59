// args: -Xmx32m
// timeout: 120
// A large live tree survives many collections while garbage is allocated around it.
public class GcLiveGraph {
    static final class Tree {
        Tree left, right; final int id; final long[] payload;
        Tree(int id, int depth) {
            this.id = id;
            payload = new long[] {id, (long) id * id};
            if (depth > 0) { left = new Tree(2 * id, depth - 1); right = new Tree(2 * id + 1, depth - 1); }
        }
        long sum() { return id + payload[1] + (left == null ? 0 : left.sum()) + (right == null ? 0 : right.sum()); }
        int count() { return 1 + (left == null ? 0 : left.count()) + (right == null ? 0 : right.count()); }
    }

    public static void main(String[] args) {
        Tree live = new Tree(1, 16);                 // 131071 nodes, a few MB
        long expected = live.sum();
        System.out.println("nodes " + live.count() + " sum " + expected);
        Object[] keep = new Object[64];
        long garbage = 0;
        for (int i = 0; i < 300; i++) {
            Tree temp = new Tree(i, 10);             // 2047 nodes of garbage per round
            garbage += temp.count();
            keep[i % keep.length] = new int[1000 + i];  // slowly replaced survivors
            if (i % 50 == 0 && live.sum() != expected) System.out.println("live tree corrupted at round " + i);
        }
        long kept = 0;
        for (Object o : keep) kept += ((int[]) o).length;
        System.out.println("garbage nodes " + garbage + " kept " + kept + " live sum ok " + (live.sum() == expected));
        Tree replaced = live.left;
        live.left = null;                            // half of the tree becomes garbage
        for (int i = 0; i < 100; i++) new Tree(i, 10);
        System.out.println("detached subtree still intact " + replaced.count() + " " + live.count());
    }
}
