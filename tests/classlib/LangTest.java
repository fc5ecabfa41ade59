/*
 * java.lang's library-owned classes: run once against OpenJDK's java.lang and once against
 * ours (renamed to sdtest.lang by run.sh, which adds imports that shadow java.lang). No
 * autoboxing of these types here: that would always use java.lang's.
 */
public class LangTest {
    interface Op {
        Object run();
    }

    static void p(String label, Op op) {
        String r;
        try {
            r = String.valueOf(op.run());
        } catch (RuntimeException e) {
            r = e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        System.out.println(label + " = " + r);
    }

    public static void main(String[] args) {
        int[] ints = { 0, 1, -1, 7, -7, 10, 99, 100, 12345, -98765, 65535, 65536, 1 << 30, Integer.MAX_VALUE, Integer.MIN_VALUE };
        for (int i : ints) {
            StringBuilder sb = new StringBuilder();
            sb.append(Integer.toString(i)).append(' ').append(Integer.toHexString(i)).append(' ').append(Integer.toOctalString(i))
                    .append(' ').append(Integer.toBinaryString(i)).append(' ').append(Integer.toString(i, 7)).append(' ')
                    .append(Integer.toString(i, 36)).append(' ').append(Integer.toString(i, 99)).append(' ')
                    .append(Integer.toUnsignedString(i)).append(' ').append(Integer.toUnsignedString(i, 5)).append(' ')
                    .append(Integer.bitCount(i)).append(' ').append(Integer.reverse(i)).append(' ').append(Integer.reverseBytes(i))
                    .append(' ').append(Integer.highestOneBit(i)).append(' ').append(Integer.lowestOneBit(i)).append(' ')
                    .append(Integer.numberOfLeadingZeros(i)).append(' ').append(Integer.numberOfTrailingZeros(i)).append(' ')
                    .append(Integer.rotateLeft(i, 5)).append(' ').append(Integer.rotateRight(i, 33)).append(' ')
                    .append(Integer.signum(i)).append(' ').append(Integer.hashCode(i)).append(' ').append(Integer.toUnsignedLong(i))
                    .append(' ').append(Integer.compareUnsigned(i, 5)).append(' ').append(Integer.compare(i, 5));
            if (i != 0)
                sb.append(' ').append(Integer.divideUnsigned(-5, i)).append(' ').append(Integer.remainderUnsigned(-5, i));
            System.out.println(sb);
            long l = (long) i * 3037000493L;
            StringBuilder sl = new StringBuilder();
            sl.append(Long.toString(l)).append(' ').append(Long.toHexString(l)).append(' ').append(Long.toOctalString(l)).append(' ')
                    .append(Long.toBinaryString(l)).append(' ').append(Long.toString(l, 36)).append(' ').append(Long.toUnsignedString(l))
                    .append(' ').append(Long.toUnsignedString(l, 3)).append(' ').append(Long.bitCount(l)).append(' ')
                    .append(Long.reverse(l)).append(' ').append(Long.reverseBytes(l)).append(' ').append(Long.highestOneBit(l))
                    .append(' ').append(Long.numberOfLeadingZeros(l)).append(' ').append(Long.numberOfTrailingZeros(l)).append(' ')
                    .append(Long.signum(l)).append(' ').append(Long.hashCode(l)).append(' ').append(Long.rotateLeft(l, 17));
            if (l != 0)
                sl.append(' ').append(Long.divideUnsigned(-5L, l)).append(' ').append(Long.remainderUnsigned(-5L, l));
            System.out.println(sl);
        }
        String[] parse = { "0", "-0", "+5", "123", "-2147483648", "2147483647", "2147483648", "-2147483649", "", "-", "+",
            "12a", " 1", "1_000", "9223372036854775807", "9223372036854775808", "-9223372036854775808", "0x10", "\u0661\u0662" };
        for (String s : parse) {
            p("parseInt(" + s + ")", () -> Integer.parseInt(s));
            p("parseLong(" + s + ")", () -> Long.parseLong(s));
            p("parseShort(" + s + ")", () -> Short.parseShort(s));
            p("parseByte(" + s + ")", () -> Byte.parseByte(s));
            p("parseUnsignedInt(" + s + ")", () -> Integer.parseUnsignedInt(s));
            p("parseUnsignedLong(" + s + ")", () -> Long.parseUnsignedLong(s));
            p("decode(" + s + ")", () -> Integer.decode(s));
            p("Long.decode(" + s + ")", () -> Long.decode(s));
            p("valueOf(" + s + ")", () -> Integer.valueOf(s));
        }
        p("parseInt null", () -> Integer.parseInt(null));
        p("parseLong null", () -> Long.parseLong(null));
        p("parseInt ff/16", () -> Integer.parseInt("-ff", 16));
        p("parseInt zz/36", () -> Integer.parseInt("zz", 36));
        p("parseInt 12/1", () -> Integer.parseInt("12", 1));
        p("parseInt 12/37", () -> Integer.parseInt("12", 37));
        p("parseInt 8/8", () -> Integer.parseInt("8", 8));
        p("parseLong 7fffffffffffffff/16", () -> Long.parseLong("7fffffffffffffff", 16));
        p("parseUnsignedInt ffffffff/16", () -> Integer.parseUnsignedInt("ffffffff", 16));
        p("parseUnsignedInt 100000000/16", () -> Integer.parseUnsignedInt("100000000", 16));
        p("parseUnsignedLong 18446744073709551615", () -> Long.parseUnsignedLong("18446744073709551615"));
        p("parseUnsignedLong 18446744073709551616", () -> Long.parseUnsignedLong("18446744073709551616"));
        p("parseShort 7fff/16", () -> Short.parseShort("7fff", 16));
        p("parseByte -80/16", () -> Byte.parseByte("-80", 16));
        for (String s : new String[] { "0x1F", "-#10", "010", "0", "-0", "+7", "0x", "--1", "#", "0X7fffffff", "-0x80000000", "08" })
            p("decode " + s, () -> Integer.decode(s) + "/" + Short.decode(s) + "/" + Byte.decode(s));
        p("cache", () -> (Integer.valueOf(127) == Integer.valueOf(127)) + " " + (Integer.valueOf(128) == Integer.valueOf(128)) + " "
                + (Long.valueOf(-128) == Long.valueOf(-128)) + " " + (Short.valueOf((short) 5) == Short.valueOf((short) 5)) + " "
                + (Character.valueOf('a') == Character.valueOf('a')) + " " + (Boolean.valueOf(true) == Boolean.TRUE));
        p("equals", () -> Integer.valueOf(5).equals(Integer.valueOf(5)) + " " + Integer.valueOf(5).equals(Long.valueOf(5)) + " "
                + Long.valueOf(5).equals(Long.valueOf(5)) + " " + new Integer(3).hashCode() + " " + Long.valueOf(-1L).hashCode()
                + " " + Integer.valueOf(3).compareTo(Integer.valueOf(9)) + " " + Long.valueOf(3).compareTo(Long.valueOf(-9)));
        p("number", () -> Integer.valueOf(300).byteValue() + " " + Integer.valueOf(70000).shortValue() + " "
                + Long.valueOf(1L << 40).intValue() + " " + Integer.valueOf(7).doubleValue() + " " + Long.valueOf(9).floatValue()
                + " " + Short.valueOf((short) -2).longValue() + " " + Byte.valueOf((byte) -3).intValue());
        p("short/byte", () -> Short.toString((short) -5) + " " + Short.compare((short) 1, (short) 9) + " " + Short.toUnsignedInt((short) -1)
                + " " + Short.reverseBytes((short) 0x1234) + " " + Byte.toUnsignedInt((byte) -1) + " " + Byte.compare((byte) 5, (byte) -5)
                + " " + Short.hashCode((short) -7) + " " + Byte.valueOf("12") + " " + Short.MIN_VALUE + " " + Byte.MAX_VALUE);
        p("sum/max/min", () -> Integer.sum(3, 4) + " " + Integer.max(3, 4) + " " + Long.min(3, -4) + " " + Long.sum(1, 2));
        p("boolean", () -> Boolean.parseBoolean("TRUE") + " " + Boolean.parseBoolean("yes") + " " + Boolean.parseBoolean(null) + " "
                + Boolean.valueOf("tRuE") + " " + Boolean.toString(false) + " " + Boolean.valueOf(true).hashCode() + " "
                + Boolean.hashCode(false) + " " + Boolean.compare(true, false) + " " + Boolean.logicalXor(true, true) + " "
                + Boolean.valueOf(false).compareTo(Boolean.valueOf(true)) + " " + Boolean.TRUE.equals(Boolean.valueOf(true)));
        StringBuilder cs = new StringBuilder();
        for (int c = 0; c < 0x180; c++) {
            char ch = (char) c;
            cs.append(Integer.toHexString(c)).append(':').append(Character.isLetter(ch) ? 'L' : '-').append(Character.isDigit(ch) ? 'D' : '-')
                    .append(Character.isLetterOrDigit(ch) ? 'A' : '-').append(Character.isUpperCase(ch) ? 'U' : '-')
                    .append(Character.isLowerCase(ch) ? 'l' : '-').append(Character.isWhitespace(ch) ? 'W' : '-')
                    .append(Character.isSpaceChar(ch) ? 'S' : '-').append(Character.isISOControl(ch) ? 'C' : '-')
                    .append(Character.isJavaIdentifierStart(ch) ? 'J' : '-').append(Character.isJavaIdentifierPart(ch) ? 'j' : '-')
                    .append(Character.isAlphabetic(c) ? 'a' : '-').append(Character.isIdentifierIgnorable(ch) ? 'i' : '-')
                    .append(Character.isDefined(ch) ? 'd' : '-').append(' ')
                    .append(Integer.toHexString(Character.toUpperCase(ch))).append(' ').append(Integer.toHexString(Character.toLowerCase(ch)))
                    .append(' ').append(Integer.toHexString(Character.toUpperCase(c))).append(' ').append(Character.digit(ch, 36))
                    .append(' ').append(Character.digit(ch, 10)).append(' ').append(Character.getNumericValue(ch)).append('\n');
        }
        System.out.print(cs);
        int[] more = { 0x391, 0x3a3, 0x3a9, 0x3b1, 0x3c2, 0x3c9, 0x386, 0x3ac, 0x401, 0x410, 0x42f, 0x430, 0x44f, 0x451, 0x4e00,
            0x3042, 0x30a2, 0xac00, 0x2000, 0x2007, 0x200b, 0x2028, 0x202f, 0x3000, 0xfeff, 0xff10, 0xff21, 0xff41, 0x660, 0x966,
            0x1e00, 0x1e01, 0x5d0, 0x627, 0x10400 - 0x10000 + 0x1e00 };
        for (int c : more)
            System.out.println(Integer.toHexString(c) + " " + Character.isLetter(c) + Character.isDigit(c) + Character.isUpperCase(c)
                    + Character.isLowerCase(c) + Character.isWhitespace(c) + Character.isSpaceChar(c) + " "
                    + Integer.toHexString(Character.toUpperCase(c)) + " " + Integer.toHexString(Character.toLowerCase(c)) + " "
                    + Character.digit(c, 16) + " " + Character.isJavaIdentifierPart(c));
        p("surrogates", () -> Character.isHighSurrogate('\uD83D') + " " + Character.isLowSurrogate('\uDE00') + " "
                + Character.toCodePoint('\uD83D', '\uDE00') + " " + (int) Character.highSurrogate(0x1F600) + " "
                + (int) Character.lowSurrogate(0x1F600) + " " + Character.charCount(0x1F600) + " " + Character.isValidCodePoint(0x110000)
                + " " + Character.isSupplementaryCodePoint(0x10000) + " " + Character.isBmpCodePoint(0xffff) + " "
                + new String(Character.toChars(0x1F600)).length() + " " + Character.codePointAt("a\uD83D\uDE00", 1) + " "
                + Character.codePointBefore("a\uD83D\uDE00", 3) + " " + Character.codePointCount("a\uD83D\uDE00b", 0, 4) + " "
                + Character.toString('q') + " " + Character.forDigit(11, 16) + Character.forDigit(5, 10) + (int) Character.forDigit(10, 10)
                + " " + Character.valueOf('x').compareTo(Character.valueOf('a')) + " " + Character.reverseBytes('\u1234'));
        p("toChars bad", () -> Character.toChars(-5));
        p("offsetByCodePoints", () -> Character.offsetByCodePoints("a\uD83D\uDE00b\uD83D", 0, 2) + " "
                + Character.offsetByCodePoints("a\uD83D\uDE00b\uD83D", 5, -2) + " " + Character.offsetByCodePoints("ab", 1, -1));
        p("offsetByCodePoints bad", () -> Character.offsetByCodePoints("ab", 0, 3));
        StringBuilder sb = new StringBuilder();
        StringBuilder caps = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            sb.append(i).append(',');
            caps.append(sb.capacity()).append(' ');
        }
        System.out.println(sb + " " + caps);
        sb.setLength(10);
        sb.append(true).append('c').append(5L).append(1.5f).append(-2.5).append((Object) null).append((String) null)
                .append(new char[] { 'x', 'y' }).append(new char[] { 'a', 'b', 'c' }, 1, 2).append("hello", 1, 3)
                .append((CharSequence) new StringBuilder("sb")).appendCodePoint(0x1F600).append(Integer.MIN_VALUE).append(Long.MIN_VALUE);
        System.out.println(sb + " " + sb.length() + " " + sb.capacity());
        sb.insert(0, "start").insert(3, 42).insert(sb.length(), 'E').insert(1, new char[] { '[', ']' }).insert(2, 1.25)
                .insert(0, (Object) "obj").insert(4, false).insert(5, (CharSequence) "cs", 0, 1);
        System.out.println(sb);
        sb.delete(0, 3).deleteCharAt(0).replace(2, 6, "REPLACED").reverse();
        System.out.println(sb + " " + sb.indexOf("DE") + " " + sb.lastIndexOf(",") + " " + sb.indexOf(",", 50) + " " + sb.lastIndexOf(",", 5)
                + " " + sb.substring(5) + " " + sb.substring(2, 6) + " " + sb.subSequence(1, 3) + " " + sb.charAt(3) + " " + sb.codePointAt(0));
        sb.setCharAt(0, '#');
        sb.setLength(20);
        System.out.println(sb.toString().replace('\0', '0') + " " + sb.length());
        StringBuilder sur = new StringBuilder("a\uD83D\uDE00b\uD83D\uDE01c").reverse();
        System.out.println(sur + " " + sur.length() + " " + sur.codePointCount(0, sur.length()));
        System.out.println(new StringBuilder("abc").compareTo(new StringBuilder("abd")) + " " + new StringBuilder("ab").compareTo(new StringBuilder("abc")));
        StringBuilder ex = new StringBuilder("abc");
        p("charAt(5)", () -> ex.charAt(5));
        p("charAt(-1)", () -> ex.charAt(-1));
        p("setLength(-1)", () -> { ex.setLength(-1); return null; });
        p("deleteCharAt(3)", () -> ex.deleteCharAt(3));
        p("substring(2,1)", () -> ex.substring(2, 1));
        p("substring(4)", () -> ex.substring(4));
        p("insert(9)", () -> ex.insert(9, "x"));
        p("delete(2,1)", () -> ex.delete(2, 1));
        p("delete(1,99)", () -> ex.delete(1, 99));
        p("replace(4,5)", () -> ex.replace(4, 5, "x"));
        p("append(s,2,1)", () -> ex.append("abc", 2, 1));
        p("append(c[],1,5)", () -> ex.append(new char[2], 1, 5));
        p("getChars", () -> { ex.getChars(0, 2, new char[1], 0); return null; });
        p("setCharAt(3)", () -> { ex.setCharAt(3, 'x'); return null; });
        p("insert(0,c[],2,5)", () -> new StringBuilder().insert(0, new char[3], 2, 5));
        StringBuffer sbf = new StringBuffer("buf");
        sbf.append(1).append('x').insert(0, "<").append(">").reverse().replace(0, 1, "[").deleteCharAt(1);
        System.out.println(sbf + " " + sbf.length() + " " + sbf.capacity() + " " + sbf.indexOf("u") + " " + new StringBuffer(sbf).append(sbf));
        StringBuilder cap = new StringBuilder(0);
        cap.append("x");
        cap.ensureCapacity(50);
        System.out.println(cap.capacity() + " " + new StringBuilder(5).capacity() + " " + new StringBuilder("abc").capacity());
        cap.trimToSize();
        System.out.println(cap.capacity());
    }
}
