// Object construction order: field initializers, instance initializer blocks, super constructors,
// and a virtual call from a super constructor that sees default field values.
public class ConstructorOrder {
    static StringBuilder log = new StringBuilder();
    static String note(String s) { log.append(s).append(' '); return s; }

    static class Base {
        String baseField = note("Base.field");
        { note("Base.init-block"); }
        Base() {
            note("Base()");
            describe();
        }
        void describe() { note("Base.describe"); }
    }

    static class Sub extends Base {
        String subField = note("Sub.field");
        int number = 42;
        { note("Sub.init-block"); }
        Sub() {
            this("default");
            note("Sub()");
        }
        Sub(String s) {
            super();
            note("Sub(" + s + ")");
        }
        @Override void describe() { note("Sub.describe(number=" + number + ",subField=" + subField + ")"); }
    }

    public static void main(String[] args) {
        new Sub();
        System.out.println(log.toString().trim());
        log.setLength(0);
        Sub s = new Sub("explicit");
        System.out.println(log.toString().trim());
        System.out.println(s.number + " " + s.subField + " " + s.baseField);
    }
}
