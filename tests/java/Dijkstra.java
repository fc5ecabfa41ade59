// Integration: shortest paths on a seeded random graph with PriorityQueue, adjacency lists, arrays.
import java.util.*;

public class Dijkstra {
    public static void main(String[] args) {
        int n = 2000;
        Random r = new Random(5);
        List<List<int[]>> adj = new ArrayList<>();
        for (int i = 0; i < n; i++) adj.add(new ArrayList<>());
        for (int i = 0; i < n * 5; i++) {
            int a = r.nextInt(n), b = r.nextInt(n), w = 1 + r.nextInt(100);
            adj.get(a).add(new int[] {b, w});
            adj.get(b).add(new int[] {a, w});
        }
        long[] dist = new long[n];
        Arrays.fill(dist, Long.MAX_VALUE);
        dist[0] = 0;
        PriorityQueue<long[]> pq = new PriorityQueue<>((x, y) -> Long.compare(x[0], y[0]));
        pq.add(new long[] {0, 0});
        int pops = 0;
        while (!pq.isEmpty()) {
            long[] top = pq.poll();
            int u = (int) top[1];
            if (top[0] > dist[u]) continue;
            pops++;
            for (int[] e : adj.get(u)) {
                long nd = dist[u] + e[1];
                if (nd < dist[e[0]]) { dist[e[0]] = nd; pq.add(new long[] {nd, e[0]}); }
            }
        }
        long sum = 0, max = 0; int reach = 0;
        for (long d : dist) if (d != Long.MAX_VALUE) { sum += d; max = Math.max(max, d); reach++; }
        System.out.println("reached " + reach + " pops " + pops + " sum " + sum + " max " + max);
        System.out.println(Arrays.toString(Arrays.copyOf(dist, 10)));
    }
}
