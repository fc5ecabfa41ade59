import java.util.*;

/* EnumSet and EnumMap: declaration order, set algebra, views, null values, errors. */
public class EnumTest {
    enum Day { MON, TUE, WED, THU, FRI, SAT, SUN }

    enum Op {
        PLUS {
            int apply(int a, int b) {
                return a + b;
            }
        },
        TIMES {
            int apply(int a, int b) {
                return a * b;
            }
        };

        abstract int apply(int a, int b);
    }

    enum Big { B0, B1, B2, B3, B4, B5, B6, B7, B8, B9, B10, B11, B12, B13, B14, B15, B16, B17, B18, B19, B20, B21, B22, B23, B24, B25, B26, B27, B28, B29, B30, B31, B32, B33, B34, B35, B36, B37, B38, B39, B40, B41, B42, B43, B44, B45, B46, B47, B48, B49, B50, B51, B52, B53, B54, B55, B56, B57, B58, B59, B60, B61, B62, B63, B64, B65, B66, B67, B68, B69 }

    public static void main(String[] args) {
        EnumSet<Day> weekend = EnumSet.of(Day.SUN, Day.SAT);
        EnumSet<Day> work = EnumSet.complementOf(weekend);
        System.out.println(weekend + " " + work + " " + EnumSet.allOf(Day.class) + " " + EnumSet.noneOf(Day.class) + " " + EnumSet.range(Day.TUE, Day.FRI));
        work.removeAll(EnumSet.of(Day.WED, Day.MON));
        work.add(Day.SUN);
        System.out.println(work + " " + work.size() + " " + work.contains(Day.TUE) + " " + work.contains(Day.WED) + " " + work.contains(null) + " " + work.contains("TUE"));
        Iterator<Day> it = work.iterator();
        while (it.hasNext())
            if (it.next() == Day.THU)
                it.remove();
        System.out.println(work + " " + EnumSet.copyOf(Arrays.asList(Day.FRI, Day.MON)) + " " + work.equals(EnumSet.of(Day.TUE, Day.FRI, Day.SUN)));
        EnumSet<Op> ops = EnumSet.allOf(Op.class);
        for (Op o : ops)
            System.out.print(o + "=" + o.apply(3, 4) + " ");
        System.out.println(EnumSet.of(Op.TIMES));
        EnumSet<Big> big = EnumSet.range(Big.B60, Big.B69);
        big.add(Big.B3);
        big.addAll(EnumSet.of(Big.B63, Big.B64, Big.B0));
        System.out.println(big + " " + big.size() + " " + EnumSet.complementOf(big).size());
        try {
            EnumSet.range(Day.FRI, Day.MON);
        } catch (IllegalArgumentException e) {
            System.out.println(e);
        }
        try {
            EnumSet.copyOf(new ArrayList<Day>());
        } catch (IllegalArgumentException e) {
            System.out.println(e);
        }
        EnumMap<Day, String> plan = new EnumMap<>(Day.class);
        plan.put(Day.FRI, "party");
        plan.put(Day.MON, "work");
        plan.put(Day.WED, null);
        plan.put(Day.SUN, "rest");
        System.out.println(plan + " " + plan.size() + " " + plan.get(Day.WED) + " " + plan.containsKey(Day.WED) + " " + plan.containsValue(null) + " " + plan.get("MON"));
        System.out.println(plan.keySet() + " " + plan.values() + " " + plan.entrySet());
        plan.remove(Day.MON);
        plan.merge(Day.FRI, "!", String::concat);
        plan.computeIfAbsent(Day.TUE, d -> d.name().toLowerCase());
        for (Map.Entry<Day, String> e : plan.entrySet())
            if (e.getKey() == Day.SUN)
                e.setValue("sleep");
        System.out.println(plan + " " + new EnumMap<>(plan).equals(plan) + " " + new EnumMap<>(new HashMap<>(plan)));
        Map<Op, Integer> counts = new EnumMap<>(Op.class);
        counts.put(Op.TIMES, 1);
        counts.put(Op.PLUS, 2);
        System.out.println(counts);
        try {
            plan.put(null, "x");
        } catch (NullPointerException e) {
            System.out.println("NPE");
        }
        try {
            new EnumMap<Day, String>(new HashMap<Day, String>());
        } catch (IllegalArgumentException e) {
            System.out.println(e);
        }
    }
}
