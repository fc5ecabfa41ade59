// long arithmetic workloads: modular exponentiation, gcd, Collatz, 64-bit hashing.
public class LongArithmetic {
    static long modpow(long b, long e, long m) {
        long r = 1; b %= m;
        while (e > 0) {
            if ((e & 1) == 1) r = mulmod(r, b, m);
            b = mulmod(b, b, m);
            e >>= 1;
        }
        return r;
    }

    static long mulmod(long a, long b, long m) {
        long r = 0;
        a %= m;
        while (b > 0) {
            if ((b & 1) == 1) r = (r + a) % m;
            a = (a << 1) % m;
            b >>= 1;
        }
        return r;
    }

    static long gcd(long a, long b) { return b == 0 ? a : gcd(b, a % b); }

    public static void main(String[] args) {
        System.out.println(modpow(2, 1000000, 1000000007L) + " " + modpow(3, 1L << 40, 998244353L) + " " + modpow(7, 123456789, 4611686018427387847L));
        System.out.println(gcd(1071, 462) + " " + gcd(Long.MAX_VALUE, 9223372036854775783L) + " " + gcd(1L << 62, 1L << 40));
        int best = 0; long bestN = 0;
        for (long n = 1; n < 30000; n++) {
            long x = n; int steps = 0;
            while (x != 1) { x = (x & 1) == 0 ? x >> 1 : 3 * x + 1; steps++; }
            if (steps > best) { best = steps; bestN = n; }
        }
        System.out.println(bestN + " " + best);
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < 100000; i++) { h ^= i & 0xff; h *= 0x100000001b3L; }
        System.out.println(h + " " + Long.toHexString(h) + " " + (h >>> 60) + " " + (h >> 60) + " " + Long.remainderUnsigned(h, 1000));
        System.out.println(Long.MAX_VALUE / 3 + " " + Long.MIN_VALUE / 7 + " " + Long.MIN_VALUE % 7 + " " + (-9L >> 1) + " " + (-9L >>> 63) + " " + (-9L / 2));
    }
}
