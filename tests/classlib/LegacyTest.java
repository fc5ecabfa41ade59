import java.util.*;

/* Vector, Stack, Enumeration (Hashtable: HashtableTest). */
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
    }
}
