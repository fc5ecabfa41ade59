// java.util.StringJoiner and String.join.
import java.util.*;

public class StringJoinerTest {
    public static void main(String[] args) {
        StringJoiner j = new StringJoiner(", ", "[", "]");
        System.out.println(j + " " + j.length());
        j.add("a").add("b").add("c");
        System.out.println(j + " " + j.length());
        StringJoiner e = new StringJoiner("-", "<", ">");
        e.setEmptyValue("EMPTY");
        System.out.println(e);
        e.add("");
        System.out.println(e);
        StringJoiner plain = new StringJoiner("|");
        plain.add("x").add(null);
        StringJoiner other = new StringJoiner(":", "(", ")");
        other.add("1").add("2");
        plain.merge(other);
        System.out.println(plain);
        System.out.println(String.join(",", new ArrayList<String>()) + "|" + String.join("", "a", "b") + "|" + String.join(" and ", new TreeSet<>(Arrays.asList("z", "y"))));
    }
}
