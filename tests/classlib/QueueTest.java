import java.util.*;

/* PriorityQueue array order (observable through iteration), ArrayDeque, LinkedList as deque. */
public class QueueTest {
    public static void main(String[] args) {
        PriorityQueue<Integer> pq = new PriorityQueue<>();
        int[] in = { 42, 7, 19, 3, 88, 7, 1, 56, 23, 11, 5, 99, 0, 14 };
        for (int v : in) {
            pq.offer(v);
            System.out.print(pq + " ");
        }
        System.out.println();
        pq.remove(19);
        pq.remove(7);
        System.out.println(pq + " peek " + pq.peek());
        StringBuilder sb = new StringBuilder();
        while (!pq.isEmpty())
            sb.append(pq.poll()).append(pq).append(' ');
        System.out.println(sb);
        PriorityQueue<String> ps = new PriorityQueue<>(Comparator.reverseOrder());
        ps.addAll(Arrays.asList("m", "c", "x", "a", "q", "z", "b"));
        System.out.println(ps + " " + ps.size());
        Iterator<String> it = ps.iterator();
        while (it.hasNext()) {
            String s = it.next();
            if (s.equals("q") || s.equals("m"))
                it.remove();
        }
        System.out.println(ps);
        PriorityQueue<Integer> heapified = new PriorityQueue<>(Arrays.asList(9, 8, 7, 6, 5, 4, 3, 2, 1, 0));
        System.out.println(heapified + " " + Arrays.toString(heapified.toArray()));
        PriorityQueue<int[]> byFirst = new PriorityQueue<>((a, b) -> a[0] - b[0]);
        for (int i = 0; i < 8; i++)
            byFirst.add(new int[] { (i * 5) % 8, i });
        StringBuilder order = new StringBuilder();
        while (!byFirst.isEmpty()) {
            int[] e = byFirst.poll();
            order.append(e[0]).append('/').append(e[1]).append(' ');
        }
        System.out.println(order);
        ArrayDeque<Integer> dq = new ArrayDeque<>();
        for (int i = 0; i < 40; i++) {
            if (i % 3 == 0)
                dq.addFirst(i);
            else
                dq.addLast(i);
            if (i % 5 == 0)
                dq.pollFirst();
        }
        System.out.println(dq + " " + dq.size() + " " + dq.peekFirst() + " " + dq.peekLast());
        dq.removeFirstOccurrence(20);
        dq.removeLastOccurrence(4);
        dq.push(-1);
        System.out.println(dq.pop() + " " + dq.pop() + " " + dq);
        Iterator<Integer> desc = dq.descendingIterator();
        StringBuilder d = new StringBuilder();
        while (desc.hasNext())
            d.append(desc.next()).append(',');
        System.out.println(d);
        try {
            dq.addFirst(null);
        } catch (NullPointerException e) {
            System.out.println("NPE");
        }
        try {
            new ArrayDeque<String>().removeFirst();
        } catch (NoSuchElementException e) {
            System.out.println(e);
        }
        Deque<String> stack = new LinkedList<>();
        stack.push("a");
        stack.push("b");
        stack.offerLast("z");
        System.out.println(stack + " " + stack.peek() + " " + stack.pollLast() + " " + stack.pop() + " " + stack);
        Queue<Integer> q = new LinkedList<>();
        for (int i = 0; i < 5; i++)
            q.add(i * i);
        System.out.println(q.poll() + " " + q.remove() + " " + q.element() + " " + q);
        try {
            new PriorityQueue<Integer>(0);
        } catch (IllegalArgumentException e) {
            System.out.println(e);
        }
    }
}
