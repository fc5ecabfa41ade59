// User-defined exception hierarchies: messages, causes, toString, initCause rules.
public class CustomExceptions {
    static class AppException extends Exception {
        final int code;
        AppException(String msg, int code) { super(msg); this.code = code; }
        AppException(String msg, Throwable cause) { super(msg, cause); this.code = -1; }
    }

    static class NotFound extends AppException {
        NotFound(String what) { super(what + " not found", 404); }
        @Override public String getMessage() { return "[NF] " + super.getMessage(); }
    }

    static class Quiet extends RuntimeException {
        Quiet() { super(); }
        @Override public String toString() { return "Quiet!"; }
    }

    static void find(String k) throws AppException {
        if (k.isEmpty()) throw new AppException("empty key", 400);
        throw new NotFound(k);
    }

    public static void main(String[] args) {
        try { find(""); } catch (AppException e) { System.out.println(e + " code=" + e.code); }
        try { find("user"); } catch (AppException e) {
            System.out.println(e + " code=" + e.code + " " + (e instanceof NotFound) + " " + e.getLocalizedMessage());
        }
        AppException wrapped = new AppException("wrapper", new NotFound("cause"));
        System.out.println(wrapped.getCause() + " | " + wrapped);
        Exception fromCause = new RuntimeException(new IllegalStateException("inner"));
        System.out.println(fromCause.getMessage() + " | " + fromCause);
        Throwable t = new Throwable();
        System.out.println(t + " " + t.getMessage() + " " + t.getCause());
        Exception ic = new Exception("later");
        ic.initCause(new Error("root"));
        System.out.println(ic.getCause());
        try {
            ic.initCause(new Error("again"));
        } catch (IllegalStateException e) {
            System.out.println("initCause twice: IllegalStateException");
        }
        try {
            Exception self = new Exception("self");
            self.initCause(self);
        } catch (IllegalArgumentException e) {
            System.out.println("self-causation: IllegalArgumentException");
        }
        try { throw new Quiet(); } catch (Quiet q) { System.out.println(q + " " + q.getMessage()); }
        Throwable chain = new Exception("a", new Exception("b", new Exception("c")));
        StringBuilder sb = new StringBuilder();
        for (Throwable x = chain; x != null; x = x.getCause()) sb.append(x.getMessage());
        System.out.println(sb);
        System.out.println(new Error("e") instanceof Throwable);
        System.out.println(new UnsupportedOperationException("u").toString() + " " + new IllegalArgumentException().getMessage());
    }
}
