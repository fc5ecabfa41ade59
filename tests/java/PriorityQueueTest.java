// java.util.PriorityQueue: poll order for natural and custom orderings, ties, removal.
import java.util.*;

public class PriorityQueueTest {
    static class Task implements Comparable<Task> {
        final int prio; final String name;
        Task(int prio, String name) { this.prio = prio; this.name = name; }
        public int compareTo(Task o) { return Integer.compare(prio, o.prio); }
        public String toString() { return name + ":" + prio; }
    }

    public static void main(String[] args) {
        PriorityQueue<Integer> pq = new PriorityQueue<>();
        int[] in = {5, 3, 8, 1, 9, 2, 7, 1, 6};
        for (int x : in) pq.offer(x);
        System.out.println(pq.size() + " " + pq.peek());
        StringBuilder sb = new StringBuilder();
        while (!pq.isEmpty()) sb.append(pq.poll()).append(' ');
        System.out.println(sb);
        PriorityQueue<String> max = new PriorityQueue<>(Collections.reverseOrder());
        max.addAll(Arrays.asList("pear", "apple", "zebra", "mango"));
        sb.setLength(0);
        while (max.size() > 0) sb.append(max.remove()).append(' ');
        System.out.println(sb);
        PriorityQueue<Task> tasks = new PriorityQueue<>();
        tasks.add(new Task(3, "c")); tasks.add(new Task(1, "a")); tasks.add(new Task(2, "b")); tasks.add(new Task(0, "z"));
        System.out.println(tasks.poll() + " " + tasks.poll() + " " + tasks.size());
        PriorityQueue<Integer> rnd = new PriorityQueue<>(Comparator.comparing((Integer x) -> x % 100).thenComparing(x -> -x));
        Random r = new Random(1);
        for (int i = 0; i < 2000; i++) rnd.add(r.nextInt(10000));
        rnd.remove(rnd.peek());
        int prevMod = -1; boolean ok = true; long sum = 0; int n = 0;
        while (!rnd.isEmpty()) {
            int v = rnd.poll();
            if (v % 100 < prevMod) ok = false;
            prevMod = v % 100;
            if (n++ < 5) System.out.print(v + " ");
            sum += v;
        }
        System.out.println();
        System.out.println(ok + " " + sum);
        System.out.println(new PriorityQueue<Integer>().poll() + " " + new PriorityQueue<Integer>().peek());
        PriorityQueue<Integer> c = new PriorityQueue<>(Arrays.asList(4, 4, 2));
        System.out.println(c.contains(4) + " " + c.remove(4) + " " + c.size() + " " + c.poll() + " " + c.poll() + " " + c.poll());
    }
}
