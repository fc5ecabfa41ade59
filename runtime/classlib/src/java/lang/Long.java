package java.lang;

public final class Long extends Number implements Comparable<Long> {
    private static final long serialVersionUID = 1L;
    public static final long MIN_VALUE = 0x8000000000000000L;
    public static final long MAX_VALUE = 0x7fffffffffffffffL;
    public static final int SIZE = 64;
    public static final int BYTES = 8;
    @SuppressWarnings("unchecked")
    public static final Class<Long> TYPE = (Class<Long>) Class.getPrimitiveClass("long");

    private final long value;

    public Long(long value) {
        this.value = value;
    }

    public Long(String s) throws NumberFormatException {
        this.value = parseLong(s, 10);
    }

    private static final class Cache {
        static final Long[] CACHE = new Long[256];
        static {
            for (int i = 0; i < CACHE.length; i++)
                CACHE[i] = new Long(i - 128);
        }
    }

    public static Long valueOf(long l) {
        if (l >= -128 && l <= 127)
            return Cache.CACHE[(int) l + 128];
        return new Long(l);
    }

    public static Long valueOf(String s) throws NumberFormatException {
        return valueOf(parseLong(s, 10));
    }

    public static Long valueOf(String s, int radix) throws NumberFormatException {
        return valueOf(parseLong(s, radix));
    }

    static int stringSize(long x) {
        int d = 1;
        if (x >= 0) {
            d = 0;
            x = -x;
        }
        long p = -10;
        for (int i = 1; i < 19; i++) {
            if (x > p)
                return i + d;
            p = 10 * p;
        }
        return 19 + d;
    }

    /* Digits are produced from a negative value so that MIN_VALUE needs no special case. */
    static int getChars(long i, int end, char[] buf) {
        int pos = end;
        boolean negative = i < 0;
        if (!negative)
            i = -i;
        do {
            long q = i / 10;
            buf[--pos] = (char) ('0' + (int) (q * 10 - i));
            i = q;
        } while (i != 0);
        if (negative)
            buf[--pos] = '-';
        return pos;
    }

    public static String toString(long i) {
        int n = stringSize(i);
        char[] buf = new char[n];
        getChars(i, n, buf);
        return new String(buf, 0, n);
    }

    public static String toString(long i, int radix) {
        if (radix < Character.MIN_RADIX || radix > Character.MAX_RADIX)
            radix = 10;
        if (radix == 10)
            return toString(i);
        char[] buf = new char[65];
        int pos = 65;
        boolean negative = i < 0;
        if (!negative)
            i = -i;
        while (i <= -radix) {
            buf[--pos] = Integer.DIGITS[(int) -(i % radix)];
            i = i / radix;
        }
        buf[--pos] = Integer.DIGITS[(int) -i];
        if (negative)
            buf[--pos] = '-';
        return new String(buf, pos, 65 - pos);
    }

    public static String toUnsignedString(long i, int radix) {
        if (i >= 0)
            return toString(i, radix);
        if (radix < Character.MIN_RADIX || radix > Character.MAX_RADIX)
            radix = 10;
        long quot = ((i >>> 1) / radix) << 1;
        long rem = i - quot * radix;
        if (rem >= radix || rem < 0) {
            rem -= radix;
            quot++;
        }
        return toString(quot, radix) + Integer.DIGITS[(int) rem];
    }

    public static String toUnsignedString(long i) {
        return toUnsignedString(i, 10);
    }

    /** Hex, octal or binary digits (shift 4, 3, 1) of val as an unsigned number. */
    static String toUnsignedString0(long val, int shift) {
        char[] buf = new char[64];
        int pos = 64;
        int mask = (1 << shift) - 1;
        do {
            buf[--pos] = Integer.DIGITS[(int) val & mask];
            val >>>= shift;
        } while (val != 0);
        return new String(buf, pos, 64 - pos);
    }

    public static String toHexString(long i) {
        return toUnsignedString0(i, 4);
    }

    public static String toOctalString(long i) {
        return toUnsignedString0(i, 3);
    }

    public static String toBinaryString(long i) {
        return toUnsignedString0(i, 1);
    }

    /**
     * Parses a signed number in [min, max] (accumulating negatively, so MIN_VALUE fits);
     * throws NumberFormatException with OpenJDK's messages.
     */
    static long parse(String s, int radix, long min, long max) {
        if (s == null)
            throw new NumberFormatException("Cannot parse null string");
        if (radix < Character.MIN_RADIX)
            throw new NumberFormatException("radix " + radix + " less than Character.MIN_RADIX");
        if (radix > Character.MAX_RADIX)
            throw new NumberFormatException("radix " + radix + " greater than Character.MAX_RADIX");
        int len = s.length();
        if (len == 0)
            throw NumberFormatException.forInputString("", radix);
        int i = 0;
        boolean negative = false;
        char first = s.charAt(0);
        if (first < '0') {
            if (first == '-')
                negative = true;
            else if (first != '+')
                throw NumberFormatException.forInputString(s, radix);
            if (len == 1)
                throw NumberFormatException.forInputString(s, radix);
            i++;
        }
        long limit = negative ? min : -max;
        long multmin = limit / radix;
        long result = 0;
        while (i < len) {
            int digit = Character.digit(s.charAt(i++), radix);
            if (digit < 0 || result < multmin)
                throw NumberFormatException.forInputString(s, radix);
            result *= radix;
            if (result < limit + digit)
                throw NumberFormatException.forInputString(s, radix);
            result -= digit;
        }
        return negative ? result : -result;
    }

    public static long parseLong(String s, int radix) throws NumberFormatException {
        return parse(s, radix, MIN_VALUE, MAX_VALUE);
    }

    public static long parseLong(String s) throws NumberFormatException {
        return parseLong(s, 10);
    }

    /*
     * Short strings cannot overflow; longer ones parse all but the last digit as a signed
     * long, then add the last digit with an overflow guard on the top bits.
     */
    public static long parseUnsignedLong(String s, int radix) throws NumberFormatException {
        if (s == null)
            throw new NumberFormatException("Cannot parse null string");
        int len = s.length();
        if (len > 0 && s.charAt(0) == '-')
            throw new NumberFormatException(
                    "Illegal leading minus sign on unsigned string " + s + ".");
        if (len <= 12 || (radix == 10 && len <= 18))
            return parseLong(s, radix);
        long first = parseLong(s.substring(0, len - 1), radix);
        int second = Character.digit(s.charAt(len - 1), radix);
        if (second < 0)
            throw new NumberFormatException("Bad digit at end of " + s);
        long result = first * radix + second;
        int guard = radix * (int) (first >>> 57);
        if (guard >= 128 || (result >= 0 && guard >= 128 - Character.MAX_RADIX))
            throw new NumberFormatException("String value " + s + " exceeds range of unsigned long.");
        return result;
    }

    public static long parseUnsignedLong(String s) throws NumberFormatException {
        return parseUnsignedLong(s, 10);
    }

    /** decode() for every integer type: sign, then 0x / 0X / # / 0 prefixes. */
    static long decode(String nm, long min, long max) {
        int radix = 10;
        int index = 0;
        boolean negative = false;
        if (nm.length() == 0)
            throw new NumberFormatException("Zero length string");
        char firstChar = nm.charAt(0);
        if (firstChar == '-') {
            negative = true;
            index++;
        } else if (firstChar == '+') {
            index++;
        }
        if (nm.startsWith("0x", index) || nm.startsWith("0X", index)) {
            index += 2;
            radix = 16;
        } else if (nm.startsWith("#", index)) {
            index++;
            radix = 16;
        } else if (nm.startsWith("0", index) && nm.length() > 1 + index) {
            index++;
            radix = 8;
        }
        if (nm.startsWith("-", index) || nm.startsWith("+", index))
            throw new NumberFormatException("Sign character in wrong position");
        String digits = nm.substring(index);
        try {
            long result = parse(digits, radix, min, max);
            return negative ? -result : result;
        } catch (NumberFormatException e) {
            String constant = negative ? ("-" + digits) : digits;
            return parse(constant, radix, min, max);
        }
    }

    public static Long decode(String nm) throws NumberFormatException {
        return valueOf(decode(nm, MIN_VALUE, MAX_VALUE));
    }

    public static Long getLong(String nm) {
        return getLong(nm, null);
    }

    public static Long getLong(String nm, long val) {
        Long result = getLong(nm, null);
        return result == null ? valueOf(val) : result;
    }

    public static Long getLong(String nm, Long val) {
        String v = null;
        if (nm != null && !nm.isEmpty())
            v = System.getProperty(nm);
        if (v != null) {
            try {
                return decode(v);
            } catch (NumberFormatException e) {
                /* not a number: the default stands */
            }
        }
        return val;
    }

    public byte byteValue() {
        return (byte) value;
    }

    public short shortValue() {
        return (short) value;
    }

    public int intValue() {
        return (int) value;
    }

    public long longValue() {
        return value;
    }

    public float floatValue() {
        return value;
    }

    public double doubleValue() {
        return value;
    }

    public String toString() {
        return toString(value);
    }

    public int hashCode() {
        return hashCode(value);
    }

    public static int hashCode(long value) {
        return (int) (value ^ (value >>> 32));
    }

    public boolean equals(Object obj) {
        return obj instanceof Long && value == ((Long) obj).longValue();
    }

    public int compareTo(Long anotherLong) {
        return compare(value, anotherLong.value);
    }

    public static int compare(long x, long y) {
        return (x < y) ? -1 : ((x == y) ? 0 : 1);
    }

    public static int compareUnsigned(long x, long y) {
        return compare(x + MIN_VALUE, y + MIN_VALUE);
    }

    public static long divideUnsigned(long dividend, long divisor) {
        if (divisor < 0)
            return compareUnsigned(dividend, divisor) < 0 ? 0L : 1L;
        if (dividend >= 0)
            return dividend / divisor;
        long q = ((dividend >>> 1) / divisor) << 1;
        long r = dividend - q * divisor;
        return q + (compareUnsigned(r, divisor) >= 0 ? 1 : 0);
    }

    public static long remainderUnsigned(long dividend, long divisor) {
        return dividend - divideUnsigned(dividend, divisor) * divisor;
    }

    public static long highestOneBit(long i) {
        return i & (MIN_VALUE >>> numberOfLeadingZeros(i));
    }

    public static long lowestOneBit(long i) {
        return i & -i;
    }

    public static int numberOfLeadingZeros(long i) {
        int hi = (int) (i >>> 32);
        return hi == 0 ? 32 + Integer.numberOfLeadingZeros((int) i) : Integer.numberOfLeadingZeros(hi);
    }

    public static int numberOfTrailingZeros(long i) {
        int lo = (int) i;
        return lo == 0 ? 32 + Integer.numberOfTrailingZeros((int) (i >>> 32))
                : Integer.numberOfTrailingZeros(lo);
    }

    public static int bitCount(long i) {
        return Integer.bitCount((int) i) + Integer.bitCount((int) (i >>> 32));
    }

    public static long rotateLeft(long i, int distance) {
        return (i << distance) | (i >>> -distance);
    }

    public static long rotateRight(long i, int distance) {
        return (i >>> distance) | (i << -distance);
    }

    public static long reverse(long i) {
        return ((long) Integer.reverse((int) i) << 32) | (Integer.reverse((int) (i >>> 32)) & 0xffffffffL);
    }

    public static long reverseBytes(long i) {
        return ((long) Integer.reverseBytes((int) i) << 32)
                | (Integer.reverseBytes((int) (i >>> 32)) & 0xffffffffL);
    }

    public static int signum(long i) {
        return (int) ((i >> 63) | (-i >>> 63));
    }

    public static long sum(long a, long b) {
        return a + b;
    }

    public static long max(long a, long b) {
        return Math.max(a, b);
    }

    public static long min(long a, long b) {
        return Math.min(a, b);
    }
}
