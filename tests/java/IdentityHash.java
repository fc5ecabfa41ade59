// args: -Xmx16m
// identityHashCode: stable for an object across calls and collections (values are not printed).
public class IdentityHash {
    static class Plain { }

    static class Overrides {
        @Override public int hashCode() { return 7; }
    }

    public static void main(String[] args) {
        Object[] objs = new Object[1000];
        int[] hashes = new int[objs.length];
        for (int i = 0; i < objs.length; i++) {
            objs[i] = (i % 2 == 0) ? new Plain() : new int[i % 10];
            hashes[i] = System.identityHashCode(objs[i]);
        }
        for (int round = 0; round < 40; round++) {
            byte[][] garbage = new byte[64][];
            for (int j = 0; j < garbage.length; j++) garbage[j] = new byte[8192];   // forces collections
        }
        boolean stable = true;
        for (int i = 0; i < objs.length; i++) if (System.identityHashCode(objs[i]) != hashes[i]) stable = false;
        System.out.println("stable across collections: " + stable);
        Plain p = new Plain();
        System.out.println("hashCode == identityHashCode: " + (p.hashCode() == System.identityHashCode(p)));
        Overrides o = new Overrides();
        System.out.println("override ignored by identityHashCode: " + (o.hashCode() == 7) + " "
            + (System.identityHashCode(o) == System.identityHashCode(o)));
        System.out.println("null: " + System.identityHashCode(null));
        String s = "literal";
        System.out.println("string identity stable: " + (System.identityHashCode(s) == System.identityHashCode("literal")));
        int distinct = 0;
        java.util.HashSet<Integer> seen = new java.util.HashSet<>();
        for (int h : hashes) if (seen.add(h)) distinct++;
        System.out.println("mostly distinct: " + (distinct > 900));
        String a = new String("k"), b = new String("k");
        System.out.println("equal strings, own identities: " + (System.identityHashCode(a) == System.identityHashCode(a))
            + " " + (a.hashCode() == b.hashCode()));
        Object lockObj = new Object();
        int before = System.identityHashCode(lockObj);
        synchronized (lockObj) {
            System.out.println("stable while locked: " + (System.identityHashCode(lockObj) == before));
        }
    }
}
