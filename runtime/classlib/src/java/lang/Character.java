package java.lang;

/**
 * Character properties: exact for Latin-1 (U+0000..U+00FF, what OpenJDK's tables say), and a
 * range-based approximation beyond it (common letter scripts, Latin Extended-A, Greek and
 * Cyrillic case pairs, Unicode spaces) instead of the full Unicode database: lean by design.
 */
public final class Character implements java.io.Serializable, Comparable<Character> {
    private static final long serialVersionUID = 1L;
    public static final int MIN_RADIX = 2;
    public static final int MAX_RADIX = 36;
    public static final char MIN_VALUE = '\u0000';
    public static final char MAX_VALUE = '\uffff';
    @SuppressWarnings("unchecked")
    public static final Class<Character> TYPE = (Class<Character>) Class.getPrimitiveClass("char");
    public static final char MIN_HIGH_SURROGATE = '\ud800';
    public static final char MAX_HIGH_SURROGATE = '\udbff';
    public static final char MIN_LOW_SURROGATE = '\udc00';
    public static final char MAX_LOW_SURROGATE = '\udfff';
    public static final char MIN_SURROGATE = MIN_HIGH_SURROGATE;
    public static final char MAX_SURROGATE = MAX_LOW_SURROGATE;
    public static final int MIN_SUPPLEMENTARY_CODE_POINT = 0x010000;
    public static final int MIN_CODE_POINT = 0x000000;
    public static final int MAX_CODE_POINT = 0x10ffff;
    public static final int SIZE = 16;
    public static final int BYTES = 2;

    private final char value;

    public Character(char value) {
        this.value = value;
    }

    private static final class Cache {
        static final Character[] CACHE = new Character[128];
        static {
            for (int i = 0; i < CACHE.length; i++)
                CACHE[i] = new Character((char) i);
        }
    }

    public static Character valueOf(char c) {
        if (c < 128)
            return Cache.CACHE[c];
        return new Character(c);
    }

    public char charValue() {
        return value;
    }

    public int hashCode() {
        return value;
    }

    public static int hashCode(char value) {
        return value;
    }

    public boolean equals(Object obj) {
        return obj instanceof Character && value == ((Character) obj).charValue();
    }

    public String toString() {
        return String.valueOf(value);
    }

    public static String toString(char c) {
        return String.valueOf(c);
    }

    public int compareTo(Character another) {
        return compare(value, another.value);
    }

    public static int compare(char x, char y) {
        return x - y;
    }

    public static char reverseBytes(char ch) {
        return (char) (((ch & 0xff00) >> 8) | (ch << 8));
    }

    /* ---- surrogates and code points ---- */

    public static boolean isValidCodePoint(int codePoint) {
        return (codePoint >>> 16) < ((MAX_CODE_POINT + 1) >>> 16);
    }

    public static boolean isBmpCodePoint(int codePoint) {
        return codePoint >>> 16 == 0;
    }

    public static boolean isSupplementaryCodePoint(int codePoint) {
        return codePoint >= MIN_SUPPLEMENTARY_CODE_POINT && codePoint < MAX_CODE_POINT + 1;
    }

    public static boolean isHighSurrogate(char ch) {
        return ch >= MIN_HIGH_SURROGATE && ch < (MAX_HIGH_SURROGATE + 1);
    }

    public static boolean isLowSurrogate(char ch) {
        return ch >= MIN_LOW_SURROGATE && ch < (MAX_LOW_SURROGATE + 1);
    }

    public static boolean isSurrogate(char ch) {
        return ch >= MIN_SURROGATE && ch < (MAX_SURROGATE + 1);
    }

    public static boolean isSurrogatePair(char high, char low) {
        return isHighSurrogate(high) && isLowSurrogate(low);
    }

    public static int charCount(int codePoint) {
        return codePoint >= MIN_SUPPLEMENTARY_CODE_POINT ? 2 : 1;
    }

    public static int toCodePoint(char high, char low) {
        return ((high << 10) + low) + (MIN_SUPPLEMENTARY_CODE_POINT
                - (MIN_HIGH_SURROGATE << 10) - MIN_LOW_SURROGATE);
    }

    public static char highSurrogate(int codePoint) {
        return (char) ((codePoint >>> 10) + (MIN_HIGH_SURROGATE - (MIN_SUPPLEMENTARY_CODE_POINT >>> 10)));
    }

    public static char lowSurrogate(int codePoint) {
        return (char) ((codePoint & 0x3ff) + MIN_LOW_SURROGATE);
    }

    public static int codePointAt(CharSequence seq, int index) {
        char c1 = seq.charAt(index);
        if (isHighSurrogate(c1) && ++index < seq.length()) {
            char c2 = seq.charAt(index);
            if (isLowSurrogate(c2))
                return toCodePoint(c1, c2);
        }
        return c1;
    }

    public static int codePointAt(char[] a, int index) {
        return codePointAt(a, index, a.length);
    }

    public static int codePointAt(char[] a, int index, int limit) {
        if (index >= limit || limit < 0 || limit > a.length)
            throw new IndexOutOfBoundsException();
        char c1 = a[index];
        if (isHighSurrogate(c1) && ++index < limit) {
            char c2 = a[index];
            if (isLowSurrogate(c2))
                return toCodePoint(c1, c2);
        }
        return c1;
    }

    public static int codePointBefore(CharSequence seq, int index) {
        char c2 = seq.charAt(--index);
        if (isLowSurrogate(c2) && index > 0) {
            char c1 = seq.charAt(--index);
            if (isHighSurrogate(c1))
                return toCodePoint(c1, c2);
        }
        return c2;
    }

    public static int codePointBefore(char[] a, int index) {
        char c2 = a[--index];
        if (isLowSurrogate(c2) && index > 0) {
            char c1 = a[index - 1];
            if (isHighSurrogate(c1))
                return toCodePoint(c1, c2);
        }
        return c2;
    }

    public static int toChars(int codePoint, char[] dst, int dstIndex) {
        if (isBmpCodePoint(codePoint)) {
            dst[dstIndex] = (char) codePoint;
            return 1;
        }
        if (isValidCodePoint(codePoint)) {
            dst[dstIndex + 1] = lowSurrogate(codePoint);
            dst[dstIndex] = highSurrogate(codePoint);
            return 2;
        }
        throw new IllegalArgumentException(String.format("Not a valid Unicode code point: 0x%X", codePoint));
    }

    public static char[] toChars(int codePoint) {
        if (isBmpCodePoint(codePoint))
            return new char[] { (char) codePoint };
        char[] result = new char[2];
        toChars(codePoint, result, 0);
        return result;
    }

    public static String toString(int codePoint) {
        return new String(toChars(codePoint));
    }

    public static int codePointCount(CharSequence seq, int beginIndex, int endIndex) {
        int length = seq.length();
        if (beginIndex < 0 || endIndex > length || beginIndex > endIndex)
            throw new IndexOutOfBoundsException();
        int n = endIndex - beginIndex;
        for (int i = beginIndex; i < endIndex;) {
            if (isHighSurrogate(seq.charAt(i++)) && i < endIndex && isLowSurrogate(seq.charAt(i))) {
                n--;
                i++;
            }
        }
        return n;
    }

    /** The index codePointOffset code points away from index (a pair counts as one). */
    public static int offsetByCodePoints(CharSequence seq, int index, int codePointOffset) {
        int length = seq.length();
        if (index < 0 || index > length)
            throw new IndexOutOfBoundsException();
        int x = index;
        if (codePointOffset >= 0) {
            int i;
            for (i = 0; x < length && i < codePointOffset; i++) {
                if (isHighSurrogate(seq.charAt(x++)) && x < length && isLowSurrogate(seq.charAt(x)))
                    x++;
            }
            if (i < codePointOffset)
                throw new IndexOutOfBoundsException();
        } else {
            int i;
            for (i = codePointOffset; x > 0 && i < 0; i++) {
                if (isLowSurrogate(seq.charAt(--x)) && x > 0 && isHighSurrogate(seq.charAt(x - 1)))
                    x--;
            }
            if (i < 0)
                throw new IndexOutOfBoundsException();
        }
        return x;
    }

    /* ---- properties ---- */

    public static boolean isLowerCase(char ch) {
        return isLowerCase((int) ch);
    }

    public static boolean isLowerCase(int cp) {
        if (cp < 0x80)
            return cp >= 'a' && cp <= 'z';
        if (cp <= 0xff)
            return cp == 0xaa || cp == 0xb5 || cp == 0xba || (cp >= 0xdf && cp != 0xf7);
        return toUpperCase(cp) != cp || cp == 0x138 || cp == 0x149;
    }

    public static boolean isUpperCase(char ch) {
        return isUpperCase((int) ch);
    }

    public static boolean isUpperCase(int cp) {
        if (cp < 0x80)
            return cp >= 'A' && cp <= 'Z';
        if (cp <= 0xff)
            return cp >= 0xc0 && cp <= 0xde && cp != 0xd7;
        return toLowerCase(cp) != cp;
    }

    public static boolean isTitleCase(char ch) {
        return isTitleCase((int) ch);
    }

    public static boolean isTitleCase(int cp) {
        return cp == 0x1c5 || cp == 0x1c8 || cp == 0x1cb || cp == 0x1f2;
    }

    public static boolean isDigit(char ch) {
        return isDigit((int) ch);
    }

    public static boolean isDigit(int cp) {
        return digitValue(cp) >= 0;
    }

    /* Value of a Unicode decimal digit (Nd), or -1: ASCII, Arabic-Indic, Devanagari, fullwidth. */
    private static int digitValue(int cp) {
        if (cp >= '0' && cp <= '9')
            return cp - '0';
        if (cp < 0x660)
            return -1;
        int[] zeros = { 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66,
            0xce6, 0xd66, 0xe50, 0xed0, 0xf20, 0x1040, 0x17e0, 0x1810, 0xff10 };
        for (int z : zeros)
            if (cp >= z && cp <= z + 9)
                return cp - z;
        return -1;
    }

    public static boolean isLetter(char ch) {
        return isLetter((int) ch);
    }

    public static boolean isLetter(int cp) {
        if (cp < 0x80)
            return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
        if (cp <= 0xff)
            return cp == 0xaa || cp == 0xb5 || cp == 0xba || (cp >= 0xc0 && cp != 0xd7 && cp != 0xf7);
        return (cp >= 0x100 && cp <= 0x2c1) || (cp >= 0x370 && cp <= 0x3ff && cp != 0x375
                && cp != 0x37e && cp != 0x384 && cp != 0x385 && cp != 0x387 && cp != 0x3f6)
                || (cp >= 0x400 && cp <= 0x481) || (cp >= 0x48a && cp <= 0x52f)
                || (cp >= 0x531 && cp <= 0x556) || (cp >= 0x561 && cp <= 0x587)
                || (cp >= 0x5d0 && cp <= 0x5ea) || (cp >= 0x620 && cp <= 0x64a)
                || (cp >= 0x904 && cp <= 0x939) || (cp >= 0xe01 && cp <= 0xe30)
                || (cp >= 0x10a0 && cp <= 0x10ff) || (cp >= 0x1e00 && cp <= 0x1fbc)
                || (cp >= 0x3041 && cp <= 0x3096) || (cp >= 0x30a1 && cp <= 0x30fa)
                || (cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0x4e00 && cp <= 0x9fff)
                || (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0xff21 && cp <= 0xff3a)
                || (cp >= 0xff41 && cp <= 0xff5a) || (cp >= 0x20000 && cp <= 0x2fa1d);
    }

    public static boolean isLetterOrDigit(char ch) {
        return isLetterOrDigit((int) ch);
    }

    public static boolean isLetterOrDigit(int cp) {
        return isLetter(cp) || isDigit(cp);
    }

    public static boolean isAlphabetic(int cp) {
        return isLetter(cp);
    }

    public static boolean isIdeographic(int cp) {
        return (cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0x4e00 && cp <= 0x9fff)
                || (cp >= 0x20000 && cp <= 0x2fa1d);
    }

    public static boolean isDefined(char ch) {
        return isDefined((int) ch);
    }

    public static boolean isDefined(int cp) {
        return isValidCodePoint(cp) && !(cp >= 0xfdd0 && cp <= 0xfdef) && (cp & 0xfffe) != 0xfffe;
    }

    public static boolean isSpaceChar(char ch) {
        return isSpaceChar((int) ch);
    }

    public static boolean isSpaceChar(int cp) {
        return cp == ' ' || cp == 0xa0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200a)
                || cp == 0x2028 || cp == 0x2029 || cp == 0x202f || cp == 0x205f || cp == 0x3000;
    }

    public static boolean isWhitespace(char ch) {
        return isWhitespace((int) ch);
    }

    public static boolean isWhitespace(int cp) {
        if (cp <= ' ')
            return cp == ' ' || (cp >= 0x9 && cp <= 0xd) || (cp >= 0x1c && cp <= 0x1f);
        return isSpaceChar(cp) && cp != 0xa0 && cp != 0x2007 && cp != 0x202f;
    }

    @Deprecated
    public static boolean isSpace(char ch) {
        return ch <= 0x0020 && (((((1L << 0x0009) | (1L << 0x000A) | (1L << 0x000C)
                | (1L << 0x000D) | (1L << 0x0020)) >> ch) & 1L) != 0);
    }

    public static boolean isISOControl(char ch) {
        return isISOControl((int) ch);
    }

    public static boolean isISOControl(int cp) {
        return cp <= 0x9f && (cp >= 0x7f || (cp >>> 5 == 0));
    }

    public static boolean isIdentifierIgnorable(char ch) {
        return isIdentifierIgnorable((int) ch);
    }

    public static boolean isIdentifierIgnorable(int cp) {
        return (cp >= 0 && cp <= 8) || (cp >= 0xe && cp <= 0x1b) || (cp >= 0x7f && cp <= 0x9f)
                || cp == 0xad || (cp >= 0x200b && cp <= 0x200f) || (cp >= 0x202a && cp <= 0x202e)
                || (cp >= 0x2060 && cp <= 0x2064) || cp == 0xfeff;
    }

    private static boolean isCurrencyOrConnector(int cp) {
        return cp == '$' || cp == '_' || (cp >= 0xa2 && cp <= 0xa5) || cp == 0x20ac
                || cp == 0x203f || cp == 0x2040 || cp == 0xff3f || cp == 0xff04;
    }

    public static boolean isJavaIdentifierStart(char ch) {
        return isJavaIdentifierStart((int) ch);
    }

    public static boolean isJavaIdentifierStart(int cp) {
        return isLetter(cp) || isCurrencyOrConnector(cp);
    }

    public static boolean isJavaIdentifierPart(char ch) {
        return isJavaIdentifierPart((int) ch);
    }

    public static boolean isJavaIdentifierPart(int cp) {
        return isLetter(cp) || isDigit(cp) || isCurrencyOrConnector(cp) || isIdentifierIgnorable(cp);
    }

    public static boolean isUnicodeIdentifierStart(int cp) {
        return isLetter(cp);
    }

    public static boolean isUnicodeIdentifierPart(int cp) {
        return isLetter(cp) || isDigit(cp) || cp == '_' || isIdentifierIgnorable(cp);
    }

    /* ---- case mapping ---- */

    public static char toLowerCase(char ch) {
        return (char) toLowerCase((int) ch);
    }

    public static int toLowerCase(int cp) {
        if (cp < 0x80)
            return cp >= 'A' && cp <= 'Z' ? cp + 32 : cp;
        if (cp <= 0xff)
            return cp >= 0xc0 && cp <= 0xde && cp != 0xd7 ? cp + 32 : cp;
        if (cp < 0x180) {
            if (cp == 0x130)
                return 'i';
            if (cp == 0x178)
                return 0xff;
            if (cp == 0x138 || cp == 0x149 || cp == 0x17f || cp == 0x131)
                return cp;
            boolean oddUpper = (cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17e);
            return (cp & 1) == (oddUpper ? 1 : 0) ? cp + 1 : cp;
        }
        if ((cp >= 0x391 && cp <= 0x3a9 && cp != 0x3a2) || (cp >= 0x410 && cp <= 0x42f))
            return cp + 32;
        if (cp == 0x386)
            return 0x3ac;
        if (cp >= 0x388 && cp <= 0x38a)
            return cp + 37;
        if (cp >= 0x400 && cp <= 0x40f)
            return cp + 80;
        if ((cp >= 0x460 && cp <= 0x481) || (cp >= 0x48a && cp <= 0x4bf)
                || (cp >= 0x4d0 && cp <= 0x52f) || (cp >= 0x1e00 && cp <= 0x1e95)
                || (cp >= 0x1ea0 && cp <= 0x1eff))
            return (cp & 1) == 0 ? cp + 1 : cp;
        if ((cp >= 0x531 && cp <= 0x556))
            return cp + 48;
        if ((cp >= 0xff21 && cp <= 0xff3a))
            return cp + 32;
        return cp;
    }

    public static char toUpperCase(char ch) {
        return (char) toUpperCase((int) ch);
    }

    public static int toUpperCase(int cp) {
        if (cp < 0x80)
            return cp >= 'a' && cp <= 'z' ? cp - 32 : cp;
        if (cp <= 0xff) {
            if (cp == 0xb5)
                return 0x39c;
            if (cp == 0xff)
                return 0x178;
            return cp >= 0xe0 && cp != 0xf7 ? cp - 32 : cp;
        }
        if (cp < 0x180) {
            if (cp == 0x131)
                return 'I';
            if (cp == 0x17f)
                return 'S';
            if (cp == 0x138 || cp == 0x149 || cp == 0x130 || cp == 0x178)
                return cp;
            boolean oddUpper = (cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17e);
            return (cp & 1) == (oddUpper ? 0 : 1) ? cp - 1 : cp;
        }
        if (cp == 0x3c2)
            return 0x3a3;
        if ((cp >= 0x3b1 && cp <= 0x3c9) || (cp >= 0x430 && cp <= 0x44f))
            return cp - 32;
        if (cp == 0x3ac)
            return 0x386;
        if (cp >= 0x3ad && cp <= 0x3af)
            return cp - 37;
        if (cp >= 0x450 && cp <= 0x45f)
            return cp - 80;
        if ((cp >= 0x460 && cp <= 0x481) || (cp >= 0x48a && cp <= 0x4bf)
                || (cp >= 0x4d0 && cp <= 0x52f) || (cp >= 0x1e00 && cp <= 0x1e95)
                || (cp >= 0x1ea0 && cp <= 0x1eff))
            return (cp & 1) == 1 ? cp - 1 : cp;
        if ((cp >= 0x561 && cp <= 0x586))
            return cp - 48;
        if ((cp >= 0xff41 && cp <= 0xff5a))
            return cp - 32;
        return cp;
    }

    public static char toTitleCase(char ch) {
        return (char) toTitleCase((int) ch);
    }

    public static int toTitleCase(int cp) {
        return toUpperCase(cp);
    }

    /* ---- digits ---- */

    public static int digit(char ch, int radix) {
        return digit((int) ch, radix);
    }

    public static int digit(int cp, int radix) {
        if (radix < MIN_RADIX || radix > MAX_RADIX)
            return -1;
        int v = digitValue(cp);
        if (v < 0) {
            if (cp >= 'a' && cp <= 'z')
                v = cp - 'a' + 10;
            else if (cp >= 'A' && cp <= 'Z')
                v = cp - 'A' + 10;
            else if (cp >= 0xff21 && cp <= 0xff3a)
                v = cp - 0xff21 + 10;
            else if (cp >= 0xff41 && cp <= 0xff5a)
                v = cp - 0xff41 + 10;
        }
        return v >= 0 && v < radix ? v : -1;
    }

    public static int getNumericValue(char ch) {
        return getNumericValue((int) ch);
    }

    public static int getNumericValue(int cp) {
        int v = digit(cp, MAX_RADIX);
        if (v >= 0)
            return v;
        if (cp == 0xb2 || cp == 0xb3)
            return cp - 0xb0;
        if (cp == 0xb9)
            return 1;
        if (cp >= 0xbc && cp <= 0xbe)
            return -2;
        return -1;
    }

    public static char forDigit(int digit, int radix) {
        if (digit >= radix || digit < 0 || radix < MIN_RADIX || radix > MAX_RADIX)
            return '\0';
        if (digit < 10)
            return (char) ('0' + digit);
        return (char) ('a' - 10 + digit);
    }
}
