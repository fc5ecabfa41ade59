// Overriding, super calls, static overload resolution, private and static methods, field hiding.
public class VirtualDispatch {
    static class A {
        String name = "A.field";
        String who() { return "A"; }
        String callWho() { return who(); }
        private String secret() { return "A.secret"; }
        String callSecret() { return secret(); }
        static String stat() { return "A.static"; }
        String over(Object o) { return "A.over(Object)"; }
        String over(String s) { return "A.over(String)"; }
    }

    static class B extends A {
        String name = "B.field";
        @Override String who() { return "B"; }
        String superWho() { return super.who() + "/" + super.name; }
        private String secret() { return "B.secret"; }
        static String stat() { return "B.static"; }
        @Override String over(Object o) { return "B.over(Object)"; }
    }

    static class C extends B {
        @Override String who() { return "C>" + super.who(); }
    }

    static String pick(A a) { return "pick(A)"; }
    static String pick(B b) { return "pick(B)"; }
    static String prim(long x) { return "long"; }
    static String prim(Integer x) { return "Integer"; }
    static String prim(Object x) { return "Object"; }
    static String prim2(double x) { return "double"; }
    static String prim2(Object x) { return "Object"; }

    public static void main(String[] args) {
        A a = new C();
        System.out.println(a.who() + " " + a.callWho() + " " + ((B) a).superWho() + " " + a.callSecret());
        System.out.println(a.name + " " + ((B) a).name + " " + A.stat() + " " + B.stat());
        Object s = "str";
        System.out.println(a.over(s) + " " + a.over("str") + " " + new A().over("x"));
        System.out.println(pick(a) + " " + pick(new B()) + " " + pick((B) a));
        System.out.println(prim(1) + " " + prim(Integer.valueOf(1)) + " " + prim("x") + " " + prim2(1) + " " + prim2('c'));
        A[] arr = {new A(), new B(), new C()};
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 9; i++) sb.append(arr[i % 3].who()).append(' ');
        System.out.println(sb);
    }
}
