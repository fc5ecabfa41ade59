// Arrays: default values, length, multi-dimensional (rectangular and jagged), clone().
import java.util.Arrays;

public class ArraysBasic {
    public static void main(String[] args) {
        int[] ia = new int[3];
        long[] la = new long[2];
        double[] da = new double[2];
        boolean[] za = new boolean[2];
        char[] ca = new char[2];
        String[] sa = new String[2];
        byte[] ba = new byte[2];
        short[] sha = new short[2];
        float[] fa = new float[1];
        System.out.println(ia[0] + " " + la[1] + " " + da[0] + " " + za[1] + " " + (int) ca[0] + " " + sa[0]
            + " " + ba[0] + " " + sha[1] + " " + fa[0]);
        int[][] grid = new int[3][4];
        for (int i = 0; i < 3; i++) for (int j = 0; j < 4; j++) grid[i][j] = i * 10 + j;
        System.out.println(grid.length + " " + grid[0].length + " " + Arrays.deepToString(grid));
        int[][][] cube = new int[2][3][4];
        cube[1][2][3] = 99;
        System.out.println(cube[1][2][3] + " " + cube[1].length + " " + cube[1][2].length);
        int[][] jag = new int[4][];
        for (int i = 0; i < jag.length; i++) {
            jag[i] = new int[i + 1];
            for (int j = 0; j <= i; j++) jag[i][j] = (i == 0 || j == 0 || j == i) ? 1 : jag[i - 1][j - 1] + jag[i - 1][j];
        }
        System.out.println(Arrays.deepToString(jag));
        String[][] partial = new String[2][];
        System.out.println(partial[0] == null);
        int[] orig = {1, 2, 3};
        int[] copy = orig.clone();
        copy[0] = 100;
        System.out.println(orig[0] + " " + copy[0] + " " + (orig != copy) + " " + copy.length);
        int[][] deep = {{1, 2}, {3, 4}};
        int[][] shallow = deep.clone();
        shallow[0][0] = 42;
        shallow[1] = new int[] {7};
        System.out.println(Arrays.deepToString(deep) + " " + Arrays.deepToString(shallow));
        Object o = new int[0];
        System.out.println(o instanceof int[]);
        Object[] objs = new String[] {"a", "b"};
        System.out.println(objs instanceof String[]);
        System.out.println(objs.getClass().getName() + " " + new int[0].getClass().getName() + " "
            + new double[0][0].getClass().getName() + " " + new boolean[1].getClass().getName()
            + " " + new Object[0][0][0].getClass().getName());
        char[] word = {'h', 'e', 'l', 'l', 'o'};
        System.out.println(new String(word, 1, 3) + " " + String.valueOf(word));
        long sum = 0;
        int[] big = new int[100000];
        for (int i = 0; i < big.length; i++) big[i] = i * 3;
        for (int v : big) sum += v;
        System.out.println(sum);
        int[] empty = {};
        System.out.println(empty.length + " " + Arrays.toString(empty));
        Integer[] boxed = {3, 1, 2};
        Integer[] bc = boxed.clone();
        System.out.println(bc[0] == boxed[0]);
        Object[] multi = new Object[2];
        multi[0] = multi;
        System.out.println(multi[0] == multi);
    }
}
