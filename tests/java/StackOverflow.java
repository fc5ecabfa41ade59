// Deep recursion raises StackOverflowError, which can be caught; the VM keeps working after it.
public class StackOverflow {
    static int depth;

    static void recurse() {
        depth++;
        recurse();
    }

    static long recurseWithLocals(long a, long b, long c) {
        long d = a + b + c;
        return recurseWithLocals(d, a, b) + 1;
    }

    int instanceRecurse(int n) { return instanceRecurse(n + 1) + 1; }

    public static void main(String[] args) {
        try {
            recurse();
        } catch (StackOverflowError e) {
            System.out.println("caught StackOverflowError, depth > 1000: " + (depth > 1000));
        }
        depth = 0;
        try {
            recurse();
        } catch (StackOverflowError e) {
            System.out.println("again: " + (depth > 1000) + " " + (e instanceof VirtualMachineError));
        }
        try {
            recurseWithLocals(1, 2, 3);
        } catch (StackOverflowError e) {
            System.out.println("with locals: caught");
        }
        try {
            new StackOverflow().instanceRecurse(0);
        } catch (Throwable t) {
            System.out.println("instance: " + t.getClass().getName());
        }
        System.out.println(fib(20));
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            try { recurse(); } catch (StackOverflowError e) { sb.append("ok "); }
        }
        System.out.println(sb);
    }

    static int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
}
