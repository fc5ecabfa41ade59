// Control flow: labeled break/continue, do-while, nested loops, short-circuit evaluation.
public class LabeledLoops {
    static int calls;
    static boolean t(boolean v) { calls++; return v; }

    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        outer:
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 5; j++) {
                if (j == 3) continue outer;
                if (i == 3) break outer;
                sb.append(i).append(j).append(' ');
            }
        }
        System.out.println(sb);
        int n = 0;
        do { n += 3; } while (n < 20);
        System.out.println(n);
        int k = 100;
        do { k++; } while (false);
        System.out.println(k);
        block: {
            if (n > 5) break block;
            System.out.println("not printed");
        }
        int primes = 0;
        search:
        for (int c = 2; c < 5000; c++) {
            for (int d = 2; d * d <= c; d++) if (c % d == 0) continue search;
            primes++;
        }
        System.out.println(primes);
        calls = 0;
        boolean r = t(false) && t(true) || t(true) && t(false) | t(true);
        System.out.println(r + " " + calls);
        calls = 0;
        boolean r2 = t(true) || t(false);
        boolean r3 = t(false) & t(true);
        boolean r4 = t(true) ^ t(true);
        System.out.println(r2 + " " + r3 + " " + r4 + " " + calls);
        int w = 0;
        while (true) { if (++w >= 7) break; }
        System.out.println(w);
        int sum = 0;
        for (int i = 0, j = 10; i < j; i++, j--) sum += i * j;
        System.out.println(sum);
        int m = 0;
        loop:
        while (true) {
            switch (m++) {
                case 5: break loop;
                default: continue loop;
            }
        }
        System.out.println(m);
    }
}
