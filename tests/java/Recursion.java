// Recursion: Ackermann, mutual recursion, Towers of Hanoi, memoized and deep (2500-frame) calls.
import java.util.HashMap;
import java.util.Map;

public class Recursion {
    static int ack(int m, int n) {
        if (m == 0) return n + 1;
        if (n == 0) return ack(m - 1, 1);
        return ack(m - 1, ack(m, n - 1));
    }

    static boolean isEven(int n) { return n == 0 || isOdd(n - 1); }
    static boolean isOdd(int n) { return n != 0 && isEven(n - 1); }

    static long hanoi(int n, int from, int to, int via, int[] moves) {
        if (n == 0) return 0;
        long a = hanoi(n - 1, from, via, to, moves);
        moves[from * 3 + to]++;
        return a + 1 + hanoi(n - 1, via, to, from, moves);
    }

    static Map<Integer, Long> memo = new HashMap<>();
    static long fibMemo(int n) {
        if (n < 2) return n;
        Long m = memo.get(n);
        if (m != null) return m;
        long r = fibMemo(n - 1) + fibMemo(n - 2);
        memo.put(n, r);
        return r;
    }

    static int depth(int n) { return n == 0 ? 0 : 1 + depth(n - 1); }

    static long sumDigits(long n) { return n < 10 ? n : n % 10 + sumDigits(n / 10); }

    static String permutations(String prefix, String rest) {
        if (rest.isEmpty()) return prefix + " ";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < rest.length(); i++)
            sb.append(permutations(prefix + rest.charAt(i), rest.substring(0, i) + rest.substring(i + 1)));
        return sb.toString();
    }

    public static void main(String[] args) {
        System.out.println(ack(2, 3) + " " + ack(3, 3));
        System.out.println(isEven(1000) + " " + isOdd(777));
        int[] moves = new int[9];
        System.out.println(hanoi(16, 0, 2, 1, moves) + " " + java.util.Arrays.toString(moves));
        System.out.println(fibMemo(90));
        System.out.println(depth(2500));
        System.out.println(sumDigits(Long.MAX_VALUE));
        System.out.println(permutations("", "abcd").trim());
    }
}
