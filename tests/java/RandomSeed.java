// java.util.Random with a seed is fully specified (48-bit LCG): every method's sequence.
import java.util.*;

public class RandomSeed {
    public static void main(String[] args) {
        Random r = new Random(42);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 5; i++) sb.append(r.nextInt()).append(' ');
        System.out.println(sb);
        sb.setLength(0);
        for (int i = 0; i < 10; i++) sb.append(r.nextInt(100)).append(' ');
        System.out.println(sb);
        sb.setLength(0);
        for (int i = 0; i < 5; i++) sb.append(r.nextInt(1 << 20)).append(' ').append(r.nextInt(1000000007)).append(' ');
        System.out.println(sb);
        System.out.println(r.nextLong() + " " + r.nextLong() + " " + r.nextBoolean() + " " + r.nextBoolean());
        System.out.println(r.nextDouble() + " " + r.nextDouble() + " " + r.nextFloat() + " " + r.nextFloat());
        System.out.println(r.nextGaussian() + " " + r.nextGaussian() + " " + r.nextGaussian());
        byte[] bytes = new byte[10];
        r.nextBytes(bytes);
        System.out.println(Arrays.toString(bytes));
        Random a = new Random(-1L), b = new Random(-1L);
        boolean same = true;
        for (int i = 0; i < 1000; i++) if (a.nextInt(7) != b.nextInt(7)) same = false;
        System.out.println(same);
        r.setSeed(0);
        System.out.println(r.nextInt() + " " + new Random(0).nextInt());
        long[] hist = new long[6];
        Random dice = new Random(2026);
        for (int i = 0; i < 60000; i++) hist[dice.nextInt(6)]++;
        System.out.println(Arrays.toString(hist));
    }
}
