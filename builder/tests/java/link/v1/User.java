public class User {
    public static void main(String[] args) {
        Lib.help(1);
        Lib.count++;
        Lib lib = new Lib();
        lib.kept();
        lib.inst = 1;
        Lib.flip();
        lib.secret();
        q.Other.pub();
        q.Other.prot();
        new Thing();
        new Dog().walk();
        new Gone();
        Derived d = new Derived();
        d.inherited();
        d.fromDefault();
        System.out.println(Derived.SHARED);
        Object s = new Shape();
        System.out.println(s.hashCode());
    }
    static void other() {
        Object[] gone = new Gone[1];
        System.out.println(gone.length);
    }
}
