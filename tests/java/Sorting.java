// Hand-written sorts (quick, merge, heap, insertion) over seeded random data agree with Arrays.sort.
import java.util.Arrays;
import java.util.Random;

public class Sorting {
    static void quick(int[] a, int lo, int hi) {
        while (lo < hi) {
            int p = a[(lo + hi) >>> 1], i = lo, j = hi;
            while (i <= j) {
                while (a[i] < p) i++;
                while (a[j] > p) j--;
                if (i <= j) { int t = a[i]; a[i] = a[j]; a[j] = t; i++; j--; }
            }
            if (j - lo < hi - i) { quick(a, lo, j); lo = i; } else { quick(a, i, hi); hi = j; }
        }
    }

    static void merge(int[] a, int[] tmp, int lo, int hi) {
        if (hi - lo < 2) return;
        int mid = (lo + hi) >>> 1;
        merge(a, tmp, lo, mid);
        merge(a, tmp, mid, hi);
        int i = lo, j = mid, k = lo;
        while (i < mid && j < hi) tmp[k++] = a[i] <= a[j] ? a[i++] : a[j++];
        while (i < mid) tmp[k++] = a[i++];
        while (j < hi) tmp[k++] = a[j++];
        System.arraycopy(tmp, lo, a, lo, hi - lo);
    }

    static void heap(int[] a) {
        int n = a.length;
        for (int i = n / 2 - 1; i >= 0; i--) sift(a, i, n);
        for (int end = n - 1; end > 0; end--) {
            int t = a[0]; a[0] = a[end]; a[end] = t;
            sift(a, 0, end);
        }
    }

    static void sift(int[] a, int i, int n) {
        while (true) {
            int l = 2 * i + 1, r = l + 1, m = i;
            if (l < n && a[l] > a[m]) m = l;
            if (r < n && a[r] > a[m]) m = r;
            if (m == i) return;
            int t = a[i]; a[i] = a[m]; a[m] = t;
            i = m;
        }
    }

    static void insertion(int[] a) {
        for (int i = 1; i < a.length; i++) {
            int v = a[i], j = i - 1;
            while (j >= 0 && a[j] > v) { a[j + 1] = a[j]; j--; }
            a[j + 1] = v;
        }
    }

    public static void main(String[] args) {
        Random r = new Random(99);
        int[] data = new int[20000];
        for (int i = 0; i < data.length; i++) data[i] = r.nextInt(1000000) - 500000;
        int[] ref = data.clone();
        Arrays.sort(ref);
        int[] q = data.clone(); quick(q, 0, q.length - 1);
        int[] m = data.clone(); merge(m, new int[m.length], 0, m.length);
        int[] h = data.clone(); heap(h);
        int[] ins = Arrays.copyOf(data, 2000); insertion(ins);
        int[] insRef = Arrays.copyOf(data, 2000); Arrays.sort(insRef);
        System.out.println(Arrays.equals(q, ref) + " " + Arrays.equals(m, ref) + " " + Arrays.equals(h, ref) + " " + Arrays.equals(ins, insRef));
        System.out.println(ref[0] + " " + ref[10000] + " " + ref[19999] + " " + Arrays.hashCode(ref));
    }
}
