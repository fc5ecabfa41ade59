// Class initialization order (JLS 12.4): superclass first, triggers, constants don't trigger.
public class StaticInitOrder {
    static StringBuilder log = new StringBuilder();

    static void log(String s) { log.append(s).append(' '); }

    static class A {
        static final int CONST = 7;           // compile-time constant: no initialization
        static int counter = init("A.counter");
        static { log("A.static"); }
        static int init(String s) { log(s); return 1; }
        A() { log("A()"); }
    }

    static class B extends A {
        static int value = init("B.value");
        static { log("B.static"); }
        int field = init("B.field");
        B() { super(); log("B()"); }
        static void touch() { log("B.touch"); }
    }

    static class C {
        static { log("C.static"); }
        static int x = 5;
    }

    interface I {
        int IVAL = StaticInitOrder.record("I.IVAL");
    }

    static class D implements I {
        static { log("D.static"); }
    }

    static class Self {
        static int a = b();          // reads b before its initializer ran: default value 0
        static int bval = 42;
        static int b() { return bval; }
    }

    static int record(String s) { log(s); return 3; }

    public static void main(String[] args) {
        log("main");
        int c = A.CONST;
        log("const=" + c);
        B.touch();
        log("|");
        new B();
        log("|");
        new B();
        log("|");
        Object[] arr = new C[3];      // array creation does not initialize C
        log("arr" + arr.length);
        log("x=" + C.x);
        new D();                      // class init does not initialize superinterfaces
        log("|");
        log("IVAL=" + I.IVAL);
        log("Self.a=" + Self.a + " Self.bval=" + Self.bval);
        System.out.println(log.toString().trim());
    }
}
