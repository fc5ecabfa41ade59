// Characters beyond ASCII: surrogate pairs, code points, case mapping (printed as numbers only).
public class UnicodeChars {
    static String codes(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) sb.append(Integer.toHexString(s.charAt(i))).append(' ');
        return sb.toString().trim();
    }

    public static void main(String[] args) {
        String smile = new String(Character.toChars(0x1F600));
        String mixed = "a\u00e9\u4e2d" + smile + "z";
        System.out.println(mixed.length() + " " + mixed.codePointCount(0, mixed.length()) + " " + codes(mixed));
        System.out.println(Integer.toHexString(mixed.codePointAt(3)) + " " + Integer.toHexString(mixed.codePointAt(4)) + " "
            + mixed.offsetByCodePoints(0, 4) + " " + Character.isSurrogate(mixed.charAt(3)) + " " + Character.isHighSurrogate(mixed.charAt(3))
            + " " + Character.charCount(0x1F600) + " " + Character.isSupplementaryCodePoint(0x1F600) + " " + Character.toCodePoint('\uD83D', '\uDE00'));
        System.out.println(codes("\u00e9\u00c9\u00df".toUpperCase()) + " | " + codes("\u00c9\u0130".toLowerCase()) + " | "
            + codes(String.valueOf(Character.toUpperCase('\u00ff'))) + " | " + (int) Character.toLowerCase('\u00c0'));
        System.out.println(Character.isLetter('\u00e9') + " " + Character.isLetter('\u4e2d') + " " + Character.isDigit('\u0663')
            + " " + Character.getNumericValue('\u0663') + " " + Character.isWhitespace('\u00a0') + " " + Character.isSpaceChar('\u00a0')
            + " " + Character.isUpperCase('\u00c9') + " " + Character.isLowerCase('\u00df'));
        String reversed = new StringBuilder(mixed).reverse().toString();
        System.out.println(codes(reversed));
        System.out.println("\u00e9".equalsIgnoreCase("\u00c9") + " " + "\u00e9".compareTo("e") + " " + "a\u00e9".indexOf('\u00e9') + " "
            + mixed.indexOf(0x1F600) + " " + mixed.lastIndexOf("z"));
        int[] cps = {0x48, 0x1F30D, 0x21};
        String fromCps = new String(cps, 0, 3);
        System.out.println(fromCps.length() + " " + codes(fromCps));
    }
}
