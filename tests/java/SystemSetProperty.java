// args: -Dstardust.flag=true -Dstardust.number=17
// System.setProperty/clearProperty and the typed property readers of the boxes.
public class SystemSetProperty {
    public static void main(String[] args) {
        System.out.println(System.setProperty("stardust.set", "first") + " " + System.setProperty("stardust.set", "second"));
        System.out.println(System.getProperty("stardust.set"));
        System.out.println(System.clearProperty("stardust.set") + " " + System.getProperty("stardust.set"));
        System.out.println(Integer.getInteger("stardust.number") + " " + Integer.getInteger("stardust.missing", 42) + " "
            + Long.getLong("stardust.number", 5L) + " " + Boolean.getBoolean("stardust.flag") + " " + Boolean.getBoolean("stardust.number"));
    }
}
