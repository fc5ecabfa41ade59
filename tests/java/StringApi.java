// The java.lang.String API (without regular expressions).
import java.util.Arrays;

public class StringApi {
    public static void main(String[] args) {
        String s = "Hello, World";
        System.out.println(s.length() + " " + s.charAt(4) + " " + s.indexOf('o') + " " + s.lastIndexOf('o')
            + " " + s.indexOf("World") + " " + s.indexOf('o', 5) + " " + s.indexOf("xyz") + " " + s.lastIndexOf("l", 5));
        System.out.println(s.substring(7) + "|" + s.substring(0, 5) + "|" + s.substring(5, 5) + "|");
        System.out.println(s.toUpperCase() + " " + s.toLowerCase());
        System.out.println(s.replace('l', 'L') + " " + s.replace("World", "There") + " " + "aaa".replace("a", "bb"));
        System.out.println("  trim me \t\n".trim() + "|" + "".trim() + "|");
        System.out.println(s.startsWith("Hell") + " " + s.startsWith("World", 7) + " " + s.endsWith("ld") + " " + s.contains(", "));
        System.out.println("apple".compareTo("banana") + " " + "b".compareTo("a") + " " + "abc".compareTo("abcd")
            + " " + "ABC".compareToIgnoreCase("abd") + " " + "same".compareTo("same"));
        System.out.println("HeLLo".equalsIgnoreCase("hello") + " " + "x".equals(null) + " " + "".isEmpty());
        System.out.println(Arrays.toString("a,b,,c,,".split(",")));
        System.out.println(Arrays.toString("one two  three".split(" ")));
        System.out.println(Arrays.toString("a,b,c".split(",", 2)) + " " + Arrays.toString("a,b,,".split(",", -1)));
        System.out.println(String.join("-", "a", "b", "c") + " " + String.join("/", Arrays.asList("x", "y")));
        System.out.println(String.valueOf(3.5) + String.valueOf(true) + String.valueOf('c') + String.valueOf(12L)
            + String.valueOf((Object) null));
        char[] cs = s.toCharArray();
        Arrays.sort(cs);
        System.out.println(new String(cs).trim());
        System.out.println("abc".concat("def") + " " + "x".hashCode() + " " + "ab".regionMatches(0, "zab", 1, 2)
            + " " + "Hello".regionMatches(true, 1, "ELL", 0, 3));
        System.out.println("a-b-c".lastIndexOf('-') + " " + "abcabc".indexOf("c", 3) + " " + "mississippi".indexOf("ssi", 3));
        System.out.println("tab\there".indexOf('\t') + " " + "x".codePointAt(0) + " " + "hello".contentEquals(new StringBuilder("hello")));
        System.out.println(new String(new char[] {'a', 'b'}) + new String("copy") + new String(new byte[] {104, 105}));
        System.out.println("Straße".length() + " " + "ÄÖÜ".toLowerCase().equals("äöü") + " " + (int) "é".charAt(0));
        StringBuilder chars = new StringBuilder();
        for (char ch : "chars".toCharArray()) chars.append((int) ch).append(',');
        System.out.println(chars);
        System.out.println("abc".getBytes().length + " " + " x ".isEmpty());
        try {
            "abc".substring(2, 1);
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println("SIOOBE");
        }
        try {
            "abc".charAt(3);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("IOOBE");
        }
        System.out.println("%d items".replace("%d", "3") + " " + "a.b.c".replace(".", "") + " " + "xyz".indexOf(""));
    }
}
