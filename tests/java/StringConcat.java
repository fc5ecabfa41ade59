// String concatenation of every type, including null, chars, floats and user objects.
public class StringConcat {
    static class T { public String toString() { return "T!"; } }
    static class NullToString { public String toString() { return null; } }

    public static void main(String[] args) {
        String n = null;
        Object o = null;
        System.out.println("a" + 1 + 2L + 3.0f + 4.5 + 'c' + true + n + o + new T() + (byte) 7 + (short) -8);
        System.out.println(1 + 2 + "x" + 1 + 2);
        System.out.println('a' + 'b' + "c" + 'd' + 'e');
        System.out.println("" + Double.MIN_VALUE + Float.MAX_VALUE + Long.MIN_VALUE + Integer.MIN_VALUE + (char) 65);
        String s = "start";
        s += 5;
        s += 'x';
        s += 2.5;
        s += null;
        s += new T();
        System.out.println(s);
        System.out.println("nulltostring:" + new NullToString());
        StringBuilder loop = new StringBuilder();
        String acc = "";
        for (int i = 0; i < 50; i++) acc += i % 10;
        System.out.println(acc + " " + acc.length());
        char[] cs = {'x', 'y'};
        System.out.println("chars " + String.valueOf(cs) + " " + cs.length);
        System.out.println("" + 0.0 + -0.0 + 1e7 + 1e-3 + 1e-4 + 100.0f);
        final String constant = "con" + "stant";
        System.out.println(constant == "constant");
        int x = 5;
        System.out.println("x=" + x + ", x+1=" + (x + 1) + ", x*2=" + x * 2);
    }
}
