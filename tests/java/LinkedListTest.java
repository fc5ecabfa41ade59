// java.util.LinkedList as List and Deque.
import java.util.*;

public class LinkedListTest {
    public static void main(String[] args) {
        LinkedList<Integer> l = new LinkedList<>();
        l.add(1); l.addFirst(0); l.addLast(2); l.push(-1); l.offer(3); l.offerFirst(-2);
        System.out.println(l + " " + l.size() + " " + l.getFirst() + " " + l.getLast() + " " + l.peek() + " " + l.peekLast());
        System.out.println(l.pop() + " " + l.poll() + " " + l.pollLast() + " " + l.removeFirst() + " " + l.removeLast() + " " + l);
        l.add(1, 10); l.add(0, 20); l.add(l.size(), 30);
        System.out.println(l + " " + l.get(2) + " " + l.indexOf(30) + " " + l.set(1, 99) + " " + l);
        l.remove(Integer.valueOf(99));
        System.out.println(l + " " + l.contains(10));
        Iterator<Integer> d = l.descendingIterator();
        StringBuilder sb = new StringBuilder();
        while (d.hasNext()) sb.append(d.next()).append(' ');
        System.out.println(sb.toString().trim());
        for (Iterator<Integer> it = l.iterator(); it.hasNext(); ) if (it.next() == 10) it.remove();
        System.out.println(l);
        LinkedList<String> empty = new LinkedList<>();
        System.out.println(empty.poll() + " " + empty.peekFirst() + " " + empty.pollLast());
        try {
            empty.getFirst();
        } catch (NoSuchElementException e) {
            System.out.println("NoSuchElementException");
        }
        try {
            empty.pop();
        } catch (NoSuchElementException e) {
            System.out.println("NoSuchElementException pop");
        }
        LinkedList<Integer> big = new LinkedList<>();
        for (int i = 0; i < 10000; i++) { if (i % 2 == 0) big.addFirst(i); else big.addLast(i); }
        long sum = 0;
        for (int v : big) sum += v;
        System.out.println(big.size() + " " + sum + " " + big.getFirst() + " " + big.getLast() + " " + big.get(5000));
        ListIterator<Integer> li = big.listIterator(4998);
        System.out.println(li.next() + " " + li.next() + " " + li.previous() + " " + li.nextIndex());
        System.out.println(new LinkedList<>(Arrays.asList(1, 2, 3)).equals(new ArrayList<>(Arrays.asList(1, 2, 3))));
        l.clear();
        System.out.println(l.isEmpty() + " " + l.removeFirstOccurrence(1) + " " + l);
    }
}
