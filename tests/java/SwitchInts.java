// tableswitch and lookupswitch: dense, sparse, negative, char, byte, boxed and extreme keys.
public class SwitchInts {
    static String dense(int x) {
        switch (x) {
            case -1: return "m1";
            case 0: return "zero";
            case 1: return "one";
            case 2: return "two";
            case 3: return "three";
            case 4: return "four";
            default: return "d";
        }
    }

    static int sparse(int x) {
        switch (x) {
            case Integer.MIN_VALUE: return 1;
            case -1000000: return 2;
            case 7: return 3;
            case 1000: return 4;
            case 65536: return 5;
            case Integer.MAX_VALUE: return 6;
            default: return 0;
        }
    }

    static int chars(char c) {
        switch (c) {
            case 'a': case 'e': case 'i': case 'o': case 'u': return 1;
            case ' ': return 2;
            default: return 0;
        }
    }

    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        for (int i = -3; i <= 6; i++) sb.append(dense(i)).append(' ');
        System.out.println(sb);
        int[] keys = {Integer.MIN_VALUE, -1000000, -999999, 7, 8, 1000, 65536, 65535, Integer.MAX_VALUE, 0};
        sb.setLength(0);
        for (int k : keys) sb.append(sparse(k));
        System.out.println(sb);
        int vowels = 0, spaces = 0;
        for (char c : "the quick brown fox jumps over the lazy dog".toCharArray()) {
            int r = chars(c);
            if (r == 1) vowels++;
            if (r == 2) spaces++;
        }
        System.out.println(vowels + " " + spaces);
        Integer boxed = 3;
        switch (boxed) { case 3: System.out.println("boxed three"); break; default: System.out.println("no"); }
        byte b = -2;
        switch (b) { case -2: System.out.println("byte -2"); break; default: System.out.println("no"); }
        long total = 0;
        for (int i = 0; i < 100000; i++) {
            switch (i % 7) {
                case 0: total += 1; break;
                case 1: total += 3; break;
                case 2: total -= 2; break;
                case 5: total *= 1; break;
                case 6: total ^= i; break;
                default: total += i & 3;
            }
        }
        System.out.println(total);
    }
}
