// Private members shared between nested classes and their outer class (Java 8: synthetic accessors).
public class NestedPrivate {
    private int secret = 1;
    private static String staticSecret = "s";
    private int bump() { return ++secret; }
    private static String tag(String x) { return "<" + x + ">"; }

    class Inner {
        private int innerSecret = 10;
        int peek() { secret += 5; return secret + bump(); }
        private String innerOnly() { return tag("inner" + innerSecret); }
    }

    static class Nested {
        private long count;
        private Nested() { }
        private void inc() { count++; staticSecret += "+"; }
    }

    public static void main(String[] args) {
        NestedPrivate o = new NestedPrivate();
        Inner in = o.new Inner();
        System.out.println(in.peek() + " " + o.secret);
        in.innerSecret *= 3;
        System.out.println(in.innerOnly() + " " + in.innerSecret);
        Nested n = new Nested();
        for (int i = 0; i < 3; i++) n.inc();
        n.count += 100;
        System.out.println(n.count + " " + staticSecret);
        Runnable r = new Runnable() {
            private int local = 7;
            public void run() { o.secret *= local; System.out.println("anon " + o.secret + " " + tag(staticSecret)); }
        };
        r.run();
    }
}
