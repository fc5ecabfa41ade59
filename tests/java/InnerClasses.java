// Inner, static nested, anonymous and local classes; captured variables and outer access.
public class InnerClasses {
    private int counter = 10;
    private static String staticField = "static";

    class Inner {
        int value = counter * 2;
        class Deeper {
            int sum() { return value + counter; }
        }
        void bump() { counter++; }
    }

    static class Nested {
        String get() { return "nested " + staticField; }
    }

    interface Op { int apply(int x); }

    Op makeAdder(final int n) {
        class Adder implements Op {
            public int apply(int x) { return x + n + counter; }
        }
        return new Adder();
    }

    Op makeAnon(int base) {
        int local = base * 3;   // effectively final
        return new Op() {
            int calls = 0;
            public int apply(int x) { calls++; return x * local + calls; }
        };
    }

    public static void main(String[] args) {
        InnerClasses outer = new InnerClasses();
        InnerClasses.Inner in = outer.new Inner();
        System.out.println(in.value);
        in.bump();
        in.bump();
        System.out.println(outer.counter);
        InnerClasses.Inner.Deeper d = in.new Deeper();
        System.out.println(d.sum());
        System.out.println(new Nested().get());
        Op add = outer.makeAdder(5);
        System.out.println(add.apply(1));
        outer.counter = 100;
        System.out.println(add.apply(1));
        Op anon = outer.makeAnon(2);
        System.out.println(anon.apply(1) + " " + anon.apply(1) + " " + anon.apply(2));
        Runnable r = new Runnable() {
            public void run() { System.out.println("anonymous runnable " + staticField); }
        };
        r.run();
        Object o = new Object() { public String toString() { return "custom toString"; } };
        System.out.println(o);
        final int[] box = {0};
        class LocalCounter { void inc() { box[0]++; } }
        LocalCounter lc = new LocalCounter();
        for (int i = 0; i < 5; i++) lc.inc();
        System.out.println(box[0]);
        System.out.println(in.getClass().getName() + " " + d.getClass().getName() + " " + lc.getClass().getName());
        System.out.println(r.getClass().getName());
    }
}
