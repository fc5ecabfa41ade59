// expect-exit: 1
// A checked exception declared by main, with a null message and a custom type, escapes.
public class UncaughtChecked {
    static class ConfigException extends Exception {
        ConfigException() { super(); }
    }

    static void load() throws ConfigException { throw new ConfigException(); }

    public static void main(String[] args) throws Exception {
        try {
            load();
        } finally {
            System.out.println("finally runs before the trace");
        }
    }
}
