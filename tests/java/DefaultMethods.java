// Interfaces with default and static methods, conflict resolution, super calls to defaults.
public class DefaultMethods {
    interface Greeter {
        String name();
        default String greet() { return "Hello, " + name() + suffix(); }
        default String suffix() { return "!"; }
        static Greeter of(final String n) { return new Greeter() { public String name() { return n; } }; }
    }

    interface Loud extends Greeter {
        @Override default String suffix() { return "!!!"; }
    }

    interface Polite {
        default String greet() { return "Good day"; }
    }

    static class Both implements Greeter, Polite {
        public String name() { return "both"; }
        public String greet() { return Greeter.super.greet() + " / " + Polite.super.greet(); }
    }

    static class Shouter implements Loud {
        public String name() { return "shouter"; }
    }

    static class Overrider implements Loud {
        public String name() { return "o"; }
        public String suffix() { return "?"; }
    }

    static abstract class Base { public String suffix() { return "#"; } }

    static class ClassWins extends Base implements Greeter {
        public String name() { return "cw"; }
    }

    interface Counter {
        int count();
        default Counter plus(final int n) {
            final Counter self = this;
            return new Counter() { public int count() { return self.count() + n; } };
        }
    }

    public static void main(String[] args) {
        System.out.println(Greeter.of("world").greet());
        System.out.println(new Shouter().greet());
        System.out.println(new Both().greet());
        System.out.println(new Overrider().greet());
        System.out.println(new ClassWins().greet());
        Counter c = new Counter() { public int count() { return 1; } };
        System.out.println(c.plus(2).plus(3).count());
        Greeter g = new Shouter();
        System.out.println(g instanceof Loud);
        System.out.println(g.suffix());
    }
}
