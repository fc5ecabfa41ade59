// Method resolution corner cases: interface methods implemented by an inherited superclass
// method, static members through null references, private methods with overriding names,
// re-abstracted defaults, and super calls skipping a level.
public class DispatchCorners {
    interface Speaker { String speak(); }
    static class Base { public String speak() { return "base speaks"; } }
    static class Derived extends Base implements Speaker { }   // speak() comes from Base

    static class Holder {
        static int count = 7;
        static String hello() { return "static hello"; }
    }

    static class P {
        private String id() { return "P.id"; }
        String callId() { return id(); }          // invokespecial/private: never overridden
    }
    static class Q extends P {
        String id() { return "Q.id"; }
    }

    interface Defaulted { default String m() { return "default"; } }
    static abstract class ReAbstract implements Defaulted { public abstract String m(); }
    static class Concrete extends ReAbstract { public String m() { return "concrete"; } }

    static class G1 { String who() { return "G1"; } }
    static class G2 extends G1 { }
    static class G3 extends G2 { String who() { return "G3>" + super.who(); } }   // G2 inherits G1's

    public static void main(String[] args) {
        Speaker s = new Derived();
        System.out.println(s.speak());
        Holder h = null;
        System.out.println(h.hello() + " " + h.count);
        P p = new Q();
        System.out.println(p.callId() + " " + ((Q) p).id());
        Defaulted d = new Concrete();
        System.out.println(d.m());
        System.out.println(new G3().who());
        Object o = new Derived();
        System.out.println((o instanceof Speaker) + " " + ((Speaker) o).speak());
    }
}
