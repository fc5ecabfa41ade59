// Exceptions: throw and catch across a few frames (stack trace capture included), plus finally.
public class Exceptions {
    static final class Failure extends RuntimeException {
        final int code;
        Failure(int code) { super("failure " + code); this.code = code; }
    }

    static int level3(int i) { if ((i & 3) != 0) throw new Failure(i); return i; }
    static int level2(int i) { try { return level3(i) + 1; } finally { counter++; } }
    static int level1(int i) { return level2(i) * 2; }
    static int counter;

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30000;
        long sum = 0;
        for (int i = 0; i < rounds; i++) {
            try {
                sum += level1(i);
            } catch (Failure f) {
                sum += f.code + f.getMessage().length();
            }
            try {
                Object o = (i % 5 == 0) ? null : "x";
                sum += o.hashCode() & 1;
            } catch (NullPointerException e) {
                sum += 7;
            }
        }
        System.out.println("sum " + sum + " finally ran " + counter);
    }
}
