// String.hashCode is specified: s[0]*31^(n-1) + ... + s[n-1]; cached values stay equal.
public class StringHashCode {
    public static void main(String[] args) {
        String[] words = {"", "a", "A", "hello", "Hello, World", "Aa", "BB", "polygenelubricants",
            "The quick brown fox jumps over the lazy dog", "\u0000", "\uffff\uffff", "ab\u00e9\u4e2d"};
        for (String w : words) System.out.println(w.length() + " " + w.hashCode());
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 1000; i++) sb.append((char) ('a' + i % 26));
        String long1 = sb.toString();
        System.out.println(long1.hashCode() + " " + long1.hashCode());
        System.out.println(new String(long1).hashCode() == long1.hashCode());
        System.out.println("Aa".hashCode() == "BB".hashCode());
        int acc = 0;
        for (int i = 0; i < 500; i++) acc ^= Integer.toString(i * 7919).hashCode();
        System.out.println(acc);
    }
}
