import java.util.*;

/* IdentityHashMap: == semantics, removal inside probe runs, iteration removal (order-free output). */
public class IdentityTest {
    public static void main(String[] args) {
        IdentityHashMap<String, Integer> m = new IdentityHashMap<>();
        String a1 = new String("a");
        String a2 = new String("a");
        m.put(a1, 1);
        m.put(a2, 2);
        m.put(null, 0);
        System.out.println(m.size() + " " + m.get(a1) + " " + m.get(a2) + " " + m.get("a") + " " + m.get(null) + " " + m.containsKey(new String("a"))
                + " " + m.containsValue(2) + " " + m.remove(a1) + " " + m.size() + " " + m.keySet().contains(a2));
        /* random churn against a HashMap of identity-keyed objects */
        Random r = new Random(11);
        Object[] keys = new Object[500];
        for (int i = 0; i < keys.length; i++)
            keys[i] = new Object();
        IdentityHashMap<Object, Integer> im = new IdentityHashMap<>(4);
        HashMap<Object, Integer> ref = new HashMap<>();
        int mismatches = 0;
        for (int step = 0; step < 20000; step++) {
            Object k = keys[r.nextInt(keys.length)];
            int op = r.nextInt(3);
            if (op == 0) {
                Integer x = im.put(k, step);
                Integer y = ref.put(k, step);
                if (!Objects.equals(x, y))
                    mismatches++;
            } else if (op == 1) {
                if (!Objects.equals(im.remove(k), ref.remove(k)))
                    mismatches++;
            } else if (!Objects.equals(im.get(k), ref.get(k))) {
                mismatches++;
            }
        }
        System.out.println("churn mismatches " + mismatches + " sizes " + im.size() + " " + ref.size() + " " + im.equals(ref));
        long sum = 0;
        int n = 0;
        for (Iterator<Map.Entry<Object, Integer>> it = im.entrySet().iterator(); it.hasNext();) {
            Map.Entry<Object, Integer> e = it.next();
            Object key = e.getKey();
            int value = e.getValue();
            sum += value;
            n++;
            if (value % 2 == 0) {
                it.remove();
                ref.remove(key);
            }
        }
        long refSum = 0;
        for (int v : ref.values())
            refSum += v;
        long imSum = 0;
        for (int v : im.values())
            imSum += v;
        System.out.println(n + " visited, " + im.size() + " left " + (imSum == refSum) + " " + (sum > 0));
        IdentityHashMap<Object, Integer> copy = new IdentityHashMap<>(im);
        System.out.println(copy.equals(im) + " " + (copy.hashCode() == im.hashCode()) + " " + ((IdentityHashMap<?, ?>) im.clone()).size());
        im.clear();
        System.out.println(im.isEmpty() + " " + im + " " + new IdentityHashMap<>(Collections.singletonMap("k", "v")));
    }
}
