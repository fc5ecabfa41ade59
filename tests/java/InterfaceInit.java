// Interface initialization (JLS 12.4.1): a class's initialization initializes superinterfaces that
// declare default methods, not others; reading an interface constant field initializes only it.
public class InterfaceInit {
    static StringBuilder log = new StringBuilder();
    static int mark(String s) { log.append(s).append(' '); return 1; }

    interface Plain { int P = mark("Plain"); }
    interface WithDefault extends Plain {
        int W = mark("WithDefault");
        default String hi() { return "hi"; }
    }
    interface Sub extends WithDefault { int S = mark("Sub"); }

    static class Impl implements Sub {
        static { mark("Impl"); }
    }

    interface Lazy {
        int L = mark("Lazy");
        static int get() { return L; }
    }

    public static void main(String[] args) {
        new Impl();
        System.out.println(log.toString().trim());
        log.setLength(0);
        System.out.println(Sub.S + " " + log.toString().trim());
        log.setLength(0);
        System.out.println(Lazy.get() + " " + log.toString().trim());
        log.setLength(0);
        System.out.println(new Impl().hi() + " [" + log + "]");
    }
}
