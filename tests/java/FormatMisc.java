// String.format/printf: %s %S %c %b %n %% %h, width/precision/left-justify, argument indexes.
import java.util.*;

public class FormatMisc {
    static class Thing {
        public String toString() { return "thing"; }
    }

    public static void main(String[] args) {
        System.out.println(String.format("[%s] [%10s] [%-10s] [%.3s] [%10.2s] [%S]", "hello", "hello", "hello", "hello", "hello", "hello"));
        System.out.println(String.format("[%s] [%s] [%s] [%s] [%s]", null, new Thing(), 1.5, Arrays.asList(1, 2), 'c'));
        System.out.println(String.format("[%c] [%c] [%3c] [%-3c] [%C]", 'x', 65, 'y', 'z', 'q'));
        System.out.println(String.format("[%b] [%b] [%b] [%b] [%5b] [%B]", true, false, null, "nonnull", true, false));
        System.out.println(String.format("100%% done%nnext line"));
        System.out.println(String.format("%h %h %H", "hi", 42, "hi"));
        System.out.println(String.format("%2$s %1$s %2$s", "a", "b"));
        System.out.println(String.format("%s %<s %s", "x", "y"));
        System.out.printf("printf %s %d%n", "works", 3);
        System.out.print(String.format("%-6s|%6s|%n", "ab", "cd"));
        System.out.println(String.format("no args"));
        try {
            String.format("%d", "string");
        } catch (IllegalFormatException e) {
            System.out.println("IllegalFormatConversionException? " + (e instanceof IllegalFormatConversionException));
        }
        try {
            String.format("%s %s", "only one");
        } catch (MissingFormatArgumentException e) {
            System.out.println("MissingFormatArgumentException " + e.getMessage());
        }
        try {
            String.format("%q", 1);
        } catch (UnknownFormatConversionException e) {
            System.out.println("UnknownFormatConversionException " + e.getMessage());
        }
        System.out.println(String.format("%s|%5s|%-5s|", "", "", "x"));
        System.out.println(String.format("%d items cost %.2f (%s)", 3, 9.5, "ok"));
    }
}
