// args: -Dstardust.greeting=hello -Dstardust.empty= -Dstardust.spaces=a=b
// System.getProperty of -D properties, defaults, line.separator.
public class SystemProperty {
    public static void main(String[] args) {
        System.out.println(System.getProperty("stardust.greeting"));
        System.out.println("[" + System.getProperty("stardust.empty") + "]");
        System.out.println(System.getProperty("stardust.spaces"));
        System.out.println(System.getProperty("stardust.missing"));
        System.out.println(System.getProperty("stardust.missing", "default-value"));
        System.out.println(System.getProperty("line.separator").equals("\n") + " " + System.lineSeparator().length());
        System.out.println(System.getProperty("file.separator") + " " + System.getProperty("path.separator"));
        try {
            System.getProperty(null);
        } catch (NullPointerException e) {
            System.out.println("null key: NPE");
        }
        try {
            System.getProperty("");
        } catch (IllegalArgumentException e) {
            System.out.println("empty key: IllegalArgumentException");
        }
        System.out.println(System.getProperty("java.vendor") != null);
    }
}
