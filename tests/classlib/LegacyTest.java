import java.util.*;

/* Vector, Stack, Enumeration, BitSet (Hashtable: HashtableTest). */
public class LegacyTest {
    public static void main(String[] args) {
        Vector<Integer> v = new Vector<>();
        for (int i = 0; i < 12; i++)
            v.add(i * i);
        v.insertElementAt(-1, 3);
        v.removeElementAt(0);
        v.remove(Integer.valueOf(49));
        System.out.println(v + " " + v.capacity() + " " + v.firstElement() + " " + v.lastElement() + " " + v.indexOf(16) + " " + v.elementAt(2));
        try {
            v.get(50);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println(e);
        }
        try {
            v.elementAt(50);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println(e);
        }
        Vector<String> vi = new Vector<>(3, 2);
        for (int i = 0; i < 6; i++) {
            vi.addElement("s" + i);
            System.out.print(vi.capacity() + " ");
        }
        vi.setSize(8);
        System.out.println(vi + " " + vi.size());
        Stack<String> st = new Stack<>();
        st.push("a");
        st.push("b");
        st.push("c");
        System.out.println(st + " " + st.peek() + " " + st.search("a") + " " + st.search("z") + " " + st.pop() + " " + st + " " + st.empty());
        st.pop();
        st.pop();
        try {
            st.pop();
        } catch (EmptyStackException e) {
            System.out.println(e);
        }
        Enumeration<Integer> en = v.elements();
        int sum = 0;
        while (en.hasMoreElements())
            sum += en.nextElement();
        System.out.println(sum + " " + Collections.list(Collections.enumeration(Arrays.asList(1, 2))));
        BitSet sieve = new BitSet(100);
        sieve.set(2, 100);
        for (int p = 2; p * p < 100; p = sieve.nextSetBit(p + 1))
            for (int m = p * p; m < 100; m += p)
                sieve.clear(m);
        System.out.println(sieve + " " + sieve.cardinality() + " " + sieve.length() + " " + sieve.size() + " " + sieve.hashCode());
        BitSet bs = new BitSet();
        System.out.println(bs.size() + " " + bs + " " + bs.isEmpty() + " " + bs.length());
        bs.set(3);
        bs.set(70);
        bs.set(200, 205);
        System.out.println(bs + " " + bs.size() + " " + bs.length() + " " + bs.nextClearBit(200) + " " + bs.previousSetBit(150) + " " + bs.get(3) + " " + bs.get(4));
        BitSet cl = (BitSet) bs.clone();
        bs.clear(200, 300);
        System.out.println(cl.size() + " " + bs.size() + " " + bs + " " + ((BitSet) bs.clone()).size() + " " + cl.equals(bs));
        BitSet x = new BitSet();
        x.set(1, 6);
        BitSet y = new BitSet();
        y.set(4, 9);
        BitSet and = (BitSet) x.clone();
        and.and(y);
        BitSet or = (BitSet) x.clone();
        or.or(y);
        BitSet xor = (BitSet) x.clone();
        xor.xor(y);
        BitSet andNot = (BitSet) x.clone();
        andNot.andNot(y);
        System.out.println(and + " " + or + " " + xor + " " + andNot + " " + x.intersects(y) + " " + x.get(2, 5) + " " + Arrays.toString(or.toLongArray()) + " " + Arrays.toString(BitSet.valueOf(new long[] { 5, 0 }).toByteArray()));
        x.flip(0, 8);
        System.out.println(x + " " + x.previousClearBit(7));
        try {
            x.set(-1);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e);
        }
        try {
            x.set(5, 2);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e);
        }
        try {
            x.previousSetBit(-2);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e);
        }
    }
}
