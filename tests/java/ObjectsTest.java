// java.util.Objects: null-safe helpers and requireNonNull messages.
import java.util.*;

public class ObjectsTest {
    public static void main(String[] args) {
        System.out.println(Objects.equals(null, null) + " " + Objects.equals("a", null) + " " + Objects.equals("a", "a")
            + " " + Objects.deepEquals(new int[] {1}, new int[] {1}));
        System.out.println(Objects.hashCode(null) + " " + Objects.hashCode("abc") + " " + Objects.hash(1, "a", null) + " " + Objects.hash());
        System.out.println(Objects.toString(null) + " " + Objects.toString(null, "dflt") + " " + Objects.toString(12));
        System.out.println(Objects.isNull(null) + " " + Objects.nonNull(null) + " " + Objects.compare("a", "b", Comparator.naturalOrder()));
        try {
            Objects.requireNonNull(null);
        } catch (NullPointerException e) {
            System.out.println("msg=" + e.getMessage());
        }
        try {
            Objects.requireNonNull(null, "thing must not be null");
        } catch (NullPointerException e) {
            System.out.println("msg=" + e.getMessage());
        }
        try {
            Objects.requireNonNull(null, () -> "supplied message");
        } catch (NullPointerException e) {
            System.out.println("msg=" + e.getMessage());
        }
        System.out.println(Objects.requireNonNull("ok"));
    }
}
