// Expressions that make javac emit dup_x1, dup_x2, dup2_x1, dup2_x2, swap-like sequences and
// compound assignments on long/double array elements and fields.
public class StackOps {
    long lf = 10; double df = 1.5; int inf = 3;
    static long slf = 100; static double sdf = 0.25;

    public static void main(String[] args) {
        long[] la = {1, 2, 3};
        double[] da = {0.5, 1.5};
        int[] ia = {7, 8};
        StackOps o = new StackOps();
        int i = 0;
        long a = la[i++]++;             // dup2_x2 on a long array element
        long b = ++la[i];
        long c = (la[2] += 5L) * 2;
        System.out.println(a + " " + b + " " + c + " " + la[0] + " " + la[1] + " " + la[2] + " " + i);
        double d = da[0]++ + --da[1];
        double e = (da[0] *= 3) - (da[1] /= 2);
        System.out.println(d + " " + e + " " + da[0] + " " + da[1]);
        long f = o.lf++;                // dup2_x1 on a long field
        double g = ++o.df;
        long h = (o.lf <<= 2) + (o.lf >>= 1);
        int k = o.inf++ + ++o.inf;      // dup_x1 on an int field
        System.out.println(f + " " + g + " " + h + " " + k + " " + o.lf + " " + o.df + " " + o.inf);
        long s1 = slf++ + ++slf;
        double s2 = (sdf += 1) * (sdf -= 0.5);
        System.out.println(s1 + " " + s2 + " " + slf + " " + sdf);
        int x = ia[0] = ia[1] = 42;     // chained array stores
        long y, z;
        y = z = 9L;
        o.lf = o.inf = 5;
        System.out.println(x + " " + ia[0] + " " + ia[1] + " " + y + " " + z + " " + o.lf + " " + o.inf);
        long[][] grid = new long[2][2];
        grid[1][1] += grid[0][0]++ + 7;
        char[] cs = {'a'};
        cs[0] += 2;
        cs[0]++;
        short[] ss = {32767};
        ss[0]++;
        byte[] bs = {127};
        bs[0] += 1;
        System.out.println(grid[1][1] + " " + grid[0][0] + " " + cs[0] + " " + ss[0] + " " + bs[0]);
        Object[] objs = new Object[1];
        String str = (String) (objs[0] = "stored");
        System.out.println(str + " " + objs[0]);
        long m = Long.MAX_VALUE;
        double n = m;
        long back = (long) n;
        System.out.println(n + " " + back + " " + (m == back) + " " + (m - 1 < n));
        int t = 5;
        t = t++ + t++;
        int u = 5;
        u += u++ * --u;
        System.out.println(t + " " + u);
    }
}
