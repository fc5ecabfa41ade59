// Specified hashCode values: boxes, strings, lists, sets, maps, entries, arrays, enums' names.
import java.util.*;

public class HashCodes {
    public static void main(String[] args) {
        System.out.println(Integer.valueOf(-5).hashCode() + " " + Long.valueOf(1L << 40).hashCode() + " " + Long.valueOf(-1).hashCode()
            + " " + Double.valueOf(0.1).hashCode() + " " + Double.valueOf(-0.0).hashCode() + " " + Float.valueOf(3.14f).hashCode()
            + " " + Boolean.TRUE.hashCode() + " " + Boolean.FALSE.hashCode() + " " + Character.valueOf('Z').hashCode()
            + " " + Short.valueOf((short) -2).hashCode() + " " + Byte.valueOf((byte) -3).hashCode() + " " + Double.valueOf(Double.NaN).hashCode());
        System.out.println(Arrays.asList(1, 2, 3).hashCode() + " " + new LinkedList<>(Arrays.asList("a", "b")).hashCode()
            + " " + Collections.emptyList().hashCode() + " " + Arrays.asList((Object) null).hashCode());
        System.out.println(new HashSet<>(Arrays.asList("x", "y", "z")).hashCode() + " " + new TreeSet<>(Arrays.asList(1, 2, 3)).hashCode());
        Map<String, Integer> m = new HashMap<>();
        m.put("one", 1); m.put("two", 2);
        System.out.println(m.hashCode() + " " + new TreeMap<>(m).hashCode() + " " + new AbstractMap.SimpleEntry<>("k", "v").hashCode());
        for (Map.Entry<String, Integer> e : new TreeMap<>(m).entrySet()) System.out.println(e + " " + e.hashCode());
        System.out.println(Arrays.hashCode(new long[] {1L, 1L << 33}) + " " + Arrays.hashCode(new double[] {1.5}) + " "
            + Arrays.hashCode(new boolean[] {true, false}) + " " + Arrays.hashCode(new char[] {'a'}) + " " + Arrays.hashCode((int[]) null));
        System.out.println(Optional.of("v").hashCode() + " " + Objects.hash("a", 1) + " " + "Enum".hashCode());
        System.out.println(new StringJoiner(",").add("q").toString().hashCode());
    }
}
