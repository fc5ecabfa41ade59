// try-with-resources: close order, suppressed exceptions, null resources, exceptions in close.
public class TryWithResources {
    static StringBuilder log = new StringBuilder();

    static class Res implements AutoCloseable {
        final String name; final boolean failClose;
        Res(String name, boolean failClose) { this.name = name; this.failClose = failClose; log.append("open-" + name + " "); }
        public void close() throws Exception {
            log.append("close-" + name + " ");
            if (failClose) throw new IllegalStateException("close failed: " + name);
        }
    }

    public static void main(String[] args) throws Exception {
        try (Res a = new Res("a", false); Res b = new Res("b", false)) {
            log.append("body ");
        }
        System.out.println(log); log.setLength(0);
        try (Res a = new Res("a", true); Res b = new Res("b", true)) {
            throw new RuntimeException("body failed");
        } catch (RuntimeException e) {
            System.out.println(e.getMessage() + " suppressed=" + e.getSuppressed().length);
            for (Throwable s : e.getSuppressed()) System.out.println("  " + s.getMessage());
        }
        System.out.println(log); log.setLength(0);
        try (Res a = new Res("a", true)) {
            log.append("ok-body ");
        } catch (IllegalStateException e) {
            System.out.println("from close: " + e.getMessage() + " suppressed=" + e.getSuppressed().length);
        }
        System.out.println(log); log.setLength(0);
        try (Res n = null) {
            log.append("null resource body ");
        }
        System.out.println(log); log.setLength(0);
        try (Res a = new Res("a", false); Res b = failingOpen()) {
            log.append("unreached ");
        } catch (IllegalArgumentException e) {
            System.out.println("open failed: " + e.getMessage());
        }
        System.out.println(log); log.setLength(0);
        Exception main = new Exception("main");
        main.addSuppressed(new Exception("s1"));
        main.addSuppressed(new RuntimeException("s2"));
        System.out.println(main.getSuppressed().length + " " + main.getSuppressed()[1]);
        try {
            main.addSuppressed(main);
        } catch (IllegalArgumentException e) {
            System.out.println("self-suppression: IllegalArgumentException");
        }
        try {
            main.addSuppressed(null);
        } catch (NullPointerException e) {
            System.out.println("null suppression: NPE");
        }
    }

    static Res failingOpen() { throw new IllegalArgumentException("cannot open b"); }
}
