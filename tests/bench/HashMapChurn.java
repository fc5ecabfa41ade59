// Collections: HashMap<Integer,Integer> insert, lookup, update and removal with boxing.
import java.util.HashMap;
import java.util.Map;

public class HashMapChurn {
    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        long sum = 0;
        for (int r = 0; r < rounds; r++) {
            Map<Integer, Integer> m = new HashMap<>();
            for (int i = 0; i < 50000; i++) m.put(i * 7 + r, i);
            for (int i = 0; i < 100000; i++) { Integer v = m.get(i * 7 + r); if (v != null) sum += v; }
            for (int i = 0; i < 50000; i += 2) m.remove(i * 7 + r);
            for (Map.Entry<Integer, Integer> e : m.entrySet()) sum += e.getKey() ^ e.getValue();
            sum += m.size();
        }
        System.out.println("sum " + sum);
    }
}
