// try/catch/finally: finally on every path, overriding returns, nesting, rethrow, catch order.
public class TryCatchFinally {
    static StringBuilder log = new StringBuilder();

    @SuppressWarnings("finally")
    static int finallyOverrides() {
        try { return 1; } finally { return 2; }
    }

    static int finallyRunsAfterReturnValueFixed() {
        int x = 10;
        try { return x; } finally { x = 20; log.append("f1 "); }
    }

    static void nested(int mode) {
        try {
            try {
                log.append("inner ");
                if (mode == 1) throw new IllegalArgumentException("one");
                if (mode == 2) throw new IllegalStateException("two");
            } catch (IllegalArgumentException e) {
                log.append("caught-inner:" + e.getMessage() + " ");
                throw new RuntimeException("wrapped", e);
            } finally {
                log.append("finally-inner ");
            }
        } catch (RuntimeException e) {
            log.append("caught-outer:" + e.getMessage() + (e.getCause() != null ? "<-" + e.getCause().getMessage() : "") + " ");
        } finally {
            log.append("finally-outer ");
        }
    }

    @SuppressWarnings("finally")
    static String exceptionInFinally() {
        try {
            try { throw new RuntimeException("lost"); } finally { throw new IllegalStateException("replaces"); }
        } catch (RuntimeException e) {
            return e.getMessage();
        }
    }

    static int loopWithFinally() {
        int count = 0;
        for (int i = 0; i < 10; i++) {
            try {
                if (i == 3) continue;
                if (i == 7) break;
                count += 10;
            } finally {
                count++;
            }
        }
        return count;
    }

    static void thrower() throws Exception { throw new Exception("checked"); }

    public static void main(String[] args) {
        System.out.println(finallyOverrides());
        System.out.println(finallyRunsAfterReturnValueFixed() + " " + log);
        log.setLength(0);
        for (int m = 0; m < 3; m++) { nested(m); log.append("| "); }
        System.out.println(log);
        System.out.println(exceptionInFinally());
        System.out.println(loopWithFinally());
        try {
            thrower();
        } catch (RuntimeException e) {
            System.out.println("wrong");
        } catch (Exception e) {
            System.out.println("checked caught: " + e.getMessage());
        }
        try {
            try {
                throw new Error("an error");
            } catch (Exception e) {
                System.out.println("not here");
            }
        } catch (Throwable t) {
            System.out.println("Throwable: " + t);
        }
        int depth = 0;
        try {
            recurseThrow(5);
        } catch (IllegalStateException e) {
            depth = Integer.parseInt(e.getMessage());
        }
        System.out.println("depth " + depth);
        String s = null;
        try {
            s = "assigned";
            throw new RuntimeException();
        } catch (RuntimeException e) {
            s += "+caught";
        } finally {
            s += "+finally";
        }
        System.out.println(s);
    }

    static void recurseThrow(int n) {
        try {
            if (n == 0) throw new IllegalStateException("0");
            recurseThrow(n - 1);
        } catch (IllegalStateException e) {
            throw new IllegalStateException(String.valueOf(Integer.parseInt(e.getMessage()) + 1));
        }
    }
}
