// Integration: a backtracking Sudoku solver (2-D arrays, recursion, bit masks).
public class Sudoku {
    static int[][] g = new int[9][9];
    static long steps;

    static boolean ok(int r, int c, int v) {
        for (int i = 0; i < 9; i++) if (g[r][i] == v || g[i][c] == v) return false;
        int br = r / 3 * 3, bc = c / 3 * 3;
        for (int i = 0; i < 3; i++) for (int j = 0; j < 3; j++) if (g[br + i][bc + j] == v) return false;
        return true;
    }

    static boolean solve() {
        for (int r = 0; r < 9; r++) for (int c = 0; c < 9; c++) {
            if (g[r][c] != 0) continue;
            for (int v = 1; v <= 9; v++) {
                if (ok(r, c, v)) {
                    g[r][c] = v;
                    steps++;
                    if (solve()) return true;
                    g[r][c] = 0;
                }
            }
            return false;
        }
        return true;
    }

    public static void main(String[] args) {
        String puzzle = "530070000600195000098000060800060003400803001700020006060000280000419005000080079";
        for (int i = 0; i < 81; i++) g[i / 9][i % 9] = puzzle.charAt(i) - '0';
        System.out.println("solved " + solve() + " in " + steps + " placements");
        for (int[] row : g) {
            StringBuilder sb = new StringBuilder();
            for (int v : row) sb.append(v);
            System.out.println(sb);
        }
        int mask = 0;
        for (int i = 0; i < 9; i++) { int m = 0; for (int j = 0; j < 9; j++) m |= 1 << g[i][j]; mask |= m == 0x3fe ? 1 << i : 0; }
        System.out.println("rows complete mask " + Integer.toBinaryString(mask));
    }
}
