// Array loops: the sieve of Eratosthenes over a boolean array, repeated.
public class Sieve {
    static int sieve(int n) {
        boolean[] composite = new boolean[n + 1];
        int count = 0;
        for (int i = 2; i <= n; i++) {
            if (composite[i]) continue;
            count++;
            for (long j = (long) i * i; j <= n; j += i) composite[(int) j] = true;
        }
        return count;
    }

    public static void main(String[] args) {
        int reps = args.length > 0 ? Integer.parseInt(args[0]) : 6;
        int primes = 0;
        for (int r = 0; r < reps; r++) primes += sieve(2000000);
        System.out.println("primes below 2e6 x" + reps + ": " + primes);
    }
}
