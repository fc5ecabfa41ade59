// java.util.ArrayDeque as stack and queue, wrap-around growth, nulls rejected.
import java.util.*;

public class ArrayDequeTest {
    public static void main(String[] args) {
        ArrayDeque<Integer> dq = new ArrayDeque<>();
        for (int i = 0; i < 5; i++) { dq.addFirst(i); dq.addLast(10 + i); }
        System.out.println(dq + " " + dq.size() + " " + dq.peekFirst() + " " + dq.peekLast());
        System.out.println(dq.pollFirst() + " " + dq.pollLast() + " " + dq.removeFirst() + " " + dq.removeLast() + " " + dq);
        Deque<String> stack = new ArrayDeque<>();
        stack.push("a"); stack.push("b"); stack.push("c");
        System.out.println(stack.pop() + stack.peek() + stack.size());
        Queue<String> q = new ArrayDeque<>();
        q.offer("x"); q.offer("y"); q.add("z");
        System.out.println(q.poll() + q.remove() + q.element() + q.size());
        ArrayDeque<Integer> ring = new ArrayDeque<>(4);
        long sum = 0;
        for (int i = 0; i < 100000; i++) {
            ring.addLast(i);
            if (ring.size() > 37) sum += ring.pollFirst();
        }
        System.out.println(ring.size() + " " + sum + " " + ring.peekFirst() + " " + ring.peekLast());
        Iterator<Integer> desc = ring.descendingIterator();
        System.out.println(desc.next() + " " + desc.next());
        ring.removeIf(x -> x % 2 == 0);
        System.out.println(ring.size() + " " + ring.contains(99999) + " " + ring.contains(99998));
        try {
            dq.addFirst(null);
        } catch (NullPointerException e) {
            System.out.println("null rejected");
        }
        ArrayDeque<Integer> empty = new ArrayDeque<>();
        System.out.println(empty.pollFirst() + " " + empty.peekLast());
        try {
            empty.removeFirst();
        } catch (NoSuchElementException e) {
            System.out.println("NoSuchElementException");
        }
        ArrayDeque<String> copy = new ArrayDeque<>(Arrays.asList("m", "n", "o"));
        copy.removeFirstOccurrence("n");
        System.out.println(copy + " " + Arrays.toString(copy.toArray()));
    }
}
