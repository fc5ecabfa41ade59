// Enums: values, valueOf, ordinal, name, compareTo, switch, fields, constant-specific bodies.
public class Enums {
    enum Color { RED, GREEN, BLUE }

    enum Planet {
        MERCURY(3.303e+23, 2.4397e6), EARTH(5.976e+24, 6.37814e6), JUPITER(1.9e+27, 7.1492e7);
        private final double mass, radius;
        Planet(double mass, double radius) { this.mass = mass; this.radius = radius; }
        double gravity() { return 6.67300E-11 * mass / (radius * radius); }
    }

    enum Op {
        PLUS("+") { int apply(int a, int b) { return a + b; } },
        TIMES("*") { int apply(int a, int b) { return a * b; } },
        MINUS("-") { int apply(int a, int b) { return a - b; } };
        final String sym;
        Op(String sym) { this.sym = sym; }
        abstract int apply(int a, int b);
        @Override public String toString() { return "Op" + sym; }
    }

    interface Describable { String describe(); }

    enum Level implements Describable {
        LOW, HIGH;
        public String describe() { return name().toLowerCase() + "#" + ordinal(); }
    }

    static String mood(Color c) {
        switch (c) {
            case RED: return "angry";
            case GREEN: return "calm";
            default: return "sad";
        }
    }

    public static void main(String[] args) {
        for (Color c : Color.values()) System.out.println(c + " " + c.ordinal() + " " + c.name() + " " + mood(c));
        System.out.println(Color.valueOf("GREEN") == Color.GREEN);
        System.out.println(Enum.valueOf(Color.class, "BLUE"));
        try {
            Color.valueOf("PURPLE");
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        System.out.println(Color.RED.compareTo(Color.BLUE) + " " + Color.BLUE.equals(Color.BLUE));
        System.out.println(Color.values().length + " " + (Color.values() != Color.values()));
        for (Planet p : Planet.values()) System.out.println(p + " " + String.format("%.2f", p.gravity()));
        for (Op op : Op.values()) System.out.println(op + " " + op.name() + " " + op.apply(6, 3) + " " + op.getDeclaringClass().getSimpleName());
        System.out.println(Op.PLUS.getClass() == Op.class);
        for (Level l : Level.values()) System.out.println(l.describe());
        Color c = Color.GREEN;
        switch (c) {
            case GREEN: System.out.println("switch green");
            case BLUE: System.out.println("fell into blue"); break;
            default: System.out.println("no");
        }
        java.util.Map<Color, Integer> counts = new java.util.TreeMap<>();
        for (String s : "RED BLUE RED GREEN RED".split(" ")) {
            Color k = Color.valueOf(s);
            Integer old = counts.get(k);
            counts.put(k, old == null ? 1 : old + 1);
        }
        System.out.println(counts);
    }
}
