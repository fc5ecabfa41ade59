// Array loops on doubles: dense matrix multiplication (2-D arrays, inner-loop loads/stores).
public class MatMul {
    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 260;
        double[][] a = new double[n][n], b = new double[n][n], c = new double[n][n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++) { a[i][j] = (i * 7 + j) % 13 / 13.0; b[i][j] = (i + j * 3) % 11 / 11.0; }
        for (int i = 0; i < n; i++) {
            double[] ci = c[i], ai = a[i];
            for (int k = 0; k < n; k++) {
                double aik = ai[k];
                double[] bk = b[k];
                for (int j = 0; j < n; j++) ci[j] += aik * bk[j];
            }
        }
        double trace = 0;
        for (int i = 0; i < n; i++) trace += c[i][i];
        System.out.println("trace " + String.format("%.6f", trace));
    }
}
