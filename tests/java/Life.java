// Integration: Conway's Game of Life on a torus (boolean grids, neighbour counts, string output).
public class Life {
    public static void main(String[] args) {
        int h = 24, w = 48;
        boolean[][] g = new boolean[h][w];
        long seed = 42;
        for (int i = 0; i < h; i++) for (int j = 0; j < w; j++) {
            seed = (seed * 0x5DEECE66DL + 0xBL) & ((1L << 48) - 1);
            g[i][j] = (seed >>> 40) % 3 == 0;
        }
        int[] pop = new int[100];
        for (int gen = 0; gen < 100; gen++) {
            boolean[][] n = new boolean[h][w];
            int alive = 0;
            for (int i = 0; i < h; i++) for (int j = 0; j < w; j++) {
                int c = 0;
                for (int di = -1; di <= 1; di++) for (int dj = -1; dj <= 1; dj++)
                    if ((di != 0 || dj != 0) && g[(i + di + h) % h][(j + dj + w) % w]) c++;
                n[i][j] = c == 3 || (c == 2 && g[i][j]);
                if (n[i][j]) alive++;
            }
            g = n;
            pop[gen] = alive;
        }
        StringBuilder sb = new StringBuilder();
        for (int gen = 0; gen < 100; gen += 10) sb.append(pop[gen]).append(' ');
        System.out.println(sb.toString().trim());
        for (boolean[] row : g) {
            StringBuilder line = new StringBuilder();
            for (boolean b : row) line.append(b ? '#' : '.');
            System.out.println(line);
        }
    }
}
