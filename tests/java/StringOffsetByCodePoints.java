// String.offsetByCodePoints: every start index and offset over a string with pairs and lone surrogates.
public class StringOffsetByCodePoints {
    public static void main(String[] a) {
        String s = "a\uD83D\uDE00b\uD83Dc\uDE00";
        for (int i = 0; i <= s.length(); i++)
            for (int k = -8; k <= 8; k++) {
                try { System.out.print(s.offsetByCodePoints(i, k) + " "); }
                catch (IndexOutOfBoundsException e) { System.out.print(e.getClass().getSimpleName() + ":" + e.getMessage() + " "); }
            }
        for (int i : new int[] {-1, 9})
            try { s.offsetByCodePoints(i, 0); } catch (IndexOutOfBoundsException e) { System.out.print(e.getClass().getSimpleName() + ":" + e.getMessage()); }
        System.out.println();
    }
}
