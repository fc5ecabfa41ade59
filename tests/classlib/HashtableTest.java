import java.util.*;

/*
 * Hashtable: its own bucket order, iterated from the last bucket. OpenJDK's Properties needs
 * its own Hashtable, so run.sh tests ours renamed to sdtest.util (the import shadows it).
 */
public class HashtableTest {
    public static void main(String[] args) {
        Hashtable<String, Integer> ht = new Hashtable<>();
        String[] words = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen".split(" ");
        for (int i = 0; i < words.length; i++) {
            ht.put(words[i], i);
            if (i % 4 == 3)
                System.out.println(ht);
        }
        ht.remove("six");
        ht.put("two", 22);
        System.out.println(ht + " " + ht.size() + " " + ht.get("two") + " " + ht.containsKey("six") + " " + ht.contains(3));
        System.out.println(ht.keySet() + " " + ht.values() + " " + ht.entrySet().size());
        Enumeration<String> keys = ht.keys();
        StringBuilder sb = new StringBuilder();
        while (keys.hasMoreElements())
            sb.append(keys.nextElement()).append(' ');
        System.out.println(sb);
        Hashtable<Integer, String> ints = new Hashtable<>();
        for (int i = 0; i < 40; i += 3)
            ints.put(i * 17 - 100, "v" + i);
        ints.keySet().removeIf(k -> k > 300);
        System.out.println(ints + " " + ints.hashCode() + " " + ints.equals(new HashMap<>(ints)) + " " + new Hashtable<>(ints));
        try {
            ht.put("null", null);
        } catch (NullPointerException e) {
            System.out.println("NPE value");
        }
        try {
            ht.get(null);
        } catch (NullPointerException e) {
            System.out.println("NPE key");
        }
        ht.computeIfAbsent("new", k -> 99);
        ht.merge("one", 100, Integer::sum);
        System.out.println(ht + " " + ht.getOrDefault("none", -1));
    }
}
