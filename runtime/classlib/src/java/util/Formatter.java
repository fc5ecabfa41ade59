package java.util;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;

/**
 * printf-style formatting (%b %h %s %c %d %o %x %e %f %g %% %n with flags - # + space 0 , ( <,
 * width, precision and argument indexes), matching OpenJDK's output and exceptions in the
 * root locale. Floating point conversions round the decimal digits of Double.toString
 * half-up, exactly as OpenJDK does. Not supported:
 * date/time (%t), hexadecimal floating point (%a), Formattable, BigInteger/BigDecimal.
 */
public final class Formatter implements Closeable, Flushable {
    private Appendable a;
    private IOException lastException;

    public Formatter() {
        this.a = new StringBuilder();
    }

    public Formatter(Appendable a) {
        this.a = (a == null) ? new StringBuilder() : a;
    }

    private void ensureOpen() {
        if (a == null)
            throw new FormatterClosedException();
    }

    public Appendable out() {
        ensureOpen();
        return a;
    }

    public String toString() {
        ensureOpen();
        return a.toString();
    }

    public void flush() {
        ensureOpen();
        if (a instanceof Flushable) {
            try {
                ((Flushable) a).flush();
            } catch (IOException ioe) {
                lastException = ioe;
            }
        }
    }

    public void close() {
        if (a == null)
            return;
        try {
            if (a instanceof Closeable)
                ((Closeable) a).close();
        } catch (IOException ioe) {
            lastException = ioe;
        } finally {
            a = null;
        }
    }

    public IOException ioException() {
        return lastException;
    }

    /*
     * The whole format string is parsed (and checked) before anything is printed; argument
     * errors surface while printing, after the text before them has been appended.
     */
    public Formatter format(String format, Object... args) {
        ensureOpen();
        int last = -1;
        int lasto = -1;
        List<Spec> specs = parse(format);
        for (Spec fs : specs) {
            int index = fs.index;
            try {
                if (index == -2) {
                    fs.print(this, null);
                } else if (index == -1) {
                    if (last < 0 || (args != null && last > args.length - 1))
                        throw new MissingFormatArgumentException(fs.toString());
                    fs.print(this, args == null ? null : args[last]);
                } else if (index == 0) {
                    lasto++;
                    last = lasto;
                    if (args != null && lasto > args.length - 1)
                        throw new MissingFormatArgumentException(fs.toString());
                    fs.print(this, args == null ? null : args[lasto]);
                } else {
                    last = index - 1;
                    if (args != null && last > args.length - 1)
                        throw new MissingFormatArgumentException(fs.toString());
                    fs.print(this, args == null ? null : args[last]);
                }
            } catch (IOException x) {
                lastException = x;
            }
        }
        return this;
    }

    /* ---- parsing: %[index$][flags][width][.precision]conversion ---- */

    private static boolean isConversion(char c) {
        return "bBhHsScCdoxXeEfgGn%".indexOf(c) >= 0;
    }

    private static List<Spec> parse(String s) {
        ArrayList<Spec> al = new ArrayList<>();
        int i = 0;
        int max = s.length();
        while (i < max) {
            int n = s.indexOf('%', i);
            if (n < 0) {
                al.add(new Spec(s.substring(i, max)));
                break;
            }
            if (i != n)
                al.add(new Spec(s.substring(i, n)));
            i = n + 1;
            if (i >= max)
                throw new UnknownFormatConversionException("%");
            char c = s.charAt(i);
            if (isConversion(c)) {
                al.add(new Spec(c));
                i++;
            } else {
                Spec fs = new Spec();
                i = fs.parse(s, i);
                if (i < 0)
                    throw new UnknownFormatConversionException(String.valueOf(c));
                al.add(fs);
            }
        }
        return al;
    }

    private static int digitsEnd(String s, int p) {
        while (p < s.length() && s.charAt(p) >= '0' && s.charAt(p) <= '9')
            p++;
        return p;
    }

    /* Flag bits, in the order Flags.toString lists them. */
    private static final int LEFT_JUSTIFY = 1, UPPERCASE = 2, ALTERNATE = 4, PLUS = 8, LEADING_SPACE = 16,
            ZERO_PAD = 32, GROUP = 64, PARENTHESES = 128, PREVIOUS = 256;
    private static final String FLAG_CHARS = "-^#+ 0,(<";

    private static String flagString(int f) {
        StringBuilder sb = new StringBuilder();
        for (int b = 0; b < FLAG_CHARS.length(); b++)
            if ((f & (1 << b)) != 0)
                sb.append(FLAG_CHARS.charAt(b));
        return sb.toString();
    }

    private static int flagOf(char c) {
        int b = FLAG_CHARS.indexOf(c);
        return c == '^' || b < 0 ? 0 : 1 << b;
    }

    /** One piece of a format: fixed text (index -2, text != null) or a conversion. */
    private static final class Spec {
        String text;
        int index = 0;
        int f = 0;
        int width = -1;
        int precision = -1;
        char c;

        Spec(String text) {
            this.text = text;
            this.index = -2;
        }

        Spec(char conv) {
            c = conv;
            if (Character.isUpperCase(conv)) {
                f = UPPERCASE;
                c = Character.toLowerCase(conv);
            }
            if (c == '%' || c == 'n')
                index = -2;
        }

        Spec() {
        }

        /* Parses from just after '%'; returns the index after the conversion, or -1 (no match). */
        int parse(String s, int p) {
            int q = digitsEnd(s, p);
            if (q > p && q < s.length() && s.charAt(q) == '$') {
                try {
                    index = Integer.parseInt(s.substring(p, q));
                } catch (NumberFormatException x) {
                    throw new IllegalFormatArgumentIndexException(Integer.MIN_VALUE);
                }
                if (index <= 0)
                    throw new IllegalFormatArgumentIndexException(index);
                p = q + 1;
            }
            int flagsStart = p;
            while (p < s.length() && "-#+ 0,(<".indexOf(s.charAt(p)) >= 0)
                p++;
            int flagsEnd = p;
            int widthStart = p;
            p = digitsEnd(s, p);
            int widthEnd = p;
            int precStart = -1;
            if (p + 1 < s.length() && s.charAt(p) == '.' && s.charAt(p + 1) >= '0' && s.charAt(p + 1) <= '9') {
                precStart = p + 1;
                p = digitsEnd(s, p + 1);
            }
            int precEnd = p;
            if (p < s.length() && (s.charAt(p) == 't' || s.charAt(p) == 'T'))
                p++; /* date/time prefix: the conversion check below rejects it */
            if (p >= s.length())
                return -1;
            char conv = s.charAt(p);
            if (!((conv >= 'a' && conv <= 'z') || (conv >= 'A' && conv <= 'Z') || conv == '%'))
                return -1;
            for (int k = flagsStart; k < flagsEnd; k++) {
                int v = flagOf(s.charAt(k));
                if ((f & v) != 0)
                    throw new DuplicateFormatFlagsException(flagString(v));
                f |= v;
            }
            if ((f & PREVIOUS) != 0)
                index = -1;
            if (widthEnd > widthStart) {
                try {
                    width = Integer.parseInt(s.substring(widthStart, widthEnd));
                } catch (NumberFormatException x) {
                    throw new IllegalFormatWidthException(Integer.MIN_VALUE);
                }
            }
            if (precStart >= 0) {
                try {
                    precision = Integer.parseInt(s.substring(precStart, precEnd));
                } catch (NumberFormatException x) {
                    throw new IllegalFormatPrecisionException(Integer.MIN_VALUE);
                }
            }
            if (precEnd < p)
                throw new UnknownFormatConversionException(String.valueOf(s.charAt(precEnd)) + conv);
            conversion(conv);
            check();
            return p + 1;
        }

        private void conversion(char conv) {
            if (!isConversion(conv))
                throw new UnknownFormatConversionException(String.valueOf(conv));
            c = conv;
            if (Character.isUpperCase(conv)) {
                f |= UPPERCASE;
                c = Character.toLowerCase(conv);
            }
            if (c == '%' || c == 'n')
                index = -2;
        }

        private void check() {
            switch (c) {
            case 'b':
            case 'h':
            case 's':
                if ((c == 'b' || c == 'h') && (f & ALTERNATE) != 0)
                    failMismatch(ALTERNATE);
                if (width == -1 && (f & LEFT_JUSTIFY) != 0)
                    throw new MissingFormatWidthException(toString());
                checkBadFlags(PLUS | LEADING_SPACE | ZERO_PAD | GROUP | PARENTHESES);
                break;
            case 'c':
                if (precision != -1)
                    throw new IllegalFormatPrecisionException(precision);
                checkBadFlags(ALTERNATE | PLUS | LEADING_SPACE | ZERO_PAD | GROUP | PARENTHESES);
                if (width == -1 && (f & LEFT_JUSTIFY) != 0)
                    throw new MissingFormatWidthException(toString());
                break;
            case 'd':
            case 'o':
            case 'x':
                checkNumeric();
                if (precision != -1)
                    throw new IllegalFormatPrecisionException(precision);
                checkBadFlags(c == 'd' ? ALTERNATE : GROUP);
                break;
            case 'e':
            case 'f':
            case 'g':
                checkNumeric();
                if (c == 'e')
                    checkBadFlags(GROUP);
                else if (c == 'g')
                    checkBadFlags(ALTERNATE);
                break;
            default: /* '%' and 'n' */
                if (precision != -1)
                    throw new IllegalFormatPrecisionException(precision);
                if (c == '%') {
                    if ((f & ~UPPERCASE) != LEFT_JUSTIFY && (f & ~UPPERCASE) != 0)
                        throw new IllegalFormatFlagsException(flagString(f));
                    if (width == -1 && (f & LEFT_JUSTIFY) != 0)
                        throw new MissingFormatWidthException(toString());
                } else {
                    if (width != -1)
                        throw new IllegalFormatWidthException(width);
                    if (f != 0)
                        throw new IllegalFormatFlagsException(flagString(f));
                }
            }
        }

        private void checkNumeric() {
            if (width == -1 && (f & (LEFT_JUSTIFY | ZERO_PAD)) != 0)
                throw new MissingFormatWidthException(toString());
            if (((f & PLUS) != 0 && (f & LEADING_SPACE) != 0) || ((f & LEFT_JUSTIFY) != 0 && (f & ZERO_PAD) != 0))
                throw new IllegalFormatFlagsException(flagString(f));
        }

        private void checkBadFlags(int bad) {
            for (int b = 1; b <= PREVIOUS; b <<= 1)
                if ((bad & b) != 0 && (f & b) != 0)
                    failMismatch(b);
        }

        private void failMismatch(int flag) {
            throw new FormatFlagsConversionMismatchException(flagString(flag), upper() ? Character.toUpperCase(c) : c);
        }

        private boolean upper() {
            return (f & UPPERCASE) != 0;
        }

        public String toString() {
            StringBuilder sb = new StringBuilder("%");
            sb.append(flagString(f & ~UPPERCASE));
            if (index > 0)
                sb.append(index).append('$');
            if (width != -1)
                sb.append(width);
            if (precision != -1)
                sb.append('.').append(precision);
            sb.append(upper() ? Character.toUpperCase(c) : c);
            return sb.toString();
        }

        /* ---- printing ---- */

        void print(Formatter fmt, Object arg) throws IOException {
            Appendable a = fmt.a;
            if (text != null) {
                a.append(text);
                return;
            }
            switch (c) {
            case 'd':
            case 'o':
            case 'x':
                printInteger(a, arg);
                break;
            case 'e':
            case 'f':
            case 'g':
                printFloat(a, arg);
                break;
            case 'c':
                printCharacter(a, arg);
                break;
            case 'b':
                printString(a, arg == null ? "false" : (arg instanceof Boolean ? arg.toString() : "true"));
                break;
            case 's':
                if ((f & ALTERNATE) != 0)
                    failMismatch(ALTERNATE);
                printString(a, arg == null ? "null" : arg.toString());
                break;
            case 'h':
                printString(a, arg == null ? "null" : Integer.toHexString(arg.hashCode()));
                break;
            case 'n':
                a.append('\n');
                break;
            default:
                printString(a, "%");
            }
        }

        private void printString(Appendable a, String s) throws IOException {
            if (precision != -1 && precision < s.length())
                s = s.substring(0, precision);
            if (upper())
                s = s.toUpperCase();
            appendJustified(a, s);
        }

        private void appendJustified(Appendable a, CharSequence cs) throws IOException {
            if (width == -1) {
                a.append(cs);
                return;
            }
            boolean padRight = (f & LEFT_JUSTIFY) != 0;
            int sp = width - cs.length();
            if (padRight)
                a.append(cs);
            for (int i = 0; i < sp; i++)
                a.append(' ');
            if (!padRight)
                a.append(cs);
        }

        private IllegalFormatConversionException failConversion(Object arg) {
            return new IllegalFormatConversionException(c, arg.getClass());
        }

        private void printCharacter(Appendable a, Object arg) throws IOException {
            if (arg == null) {
                printString(a, "null");
                return;
            }
            String s;
            if (arg instanceof Character) {
                s = arg.toString();
            } else if (arg instanceof Byte || arg instanceof Short || arg instanceof Integer) {
                int i = ((Number) arg).intValue();
                if (arg instanceof Byte)
                    i = (byte) i;
                if (!Character.isValidCodePoint(i))
                    throw new IllegalFormatCodePointException(i);
                s = new String(Character.toChars(i));
            } else {
                throw failConversion(arg);
            }
            printString(a, s);
        }

        private void printInteger(Appendable a, Object arg) throws IOException {
            if (arg == null) {
                printString(a, "null");
                return;
            }
            long v;
            int bits;
            if (arg instanceof Byte) {
                v = ((Byte) arg).byteValue();
                bits = 8;
            } else if (arg instanceof Short) {
                v = ((Short) arg).shortValue();
                bits = 16;
            } else if (arg instanceof Integer) {
                v = ((Integer) arg).intValue();
                bits = 32;
            } else if (arg instanceof Long) {
                v = ((Long) arg).longValue();
                bits = 64;
            } else {
                throw failConversion(arg);
            }
            if (v < 0 && bits < 64 && c != 'd')
                v += 1L << bits;
            StringBuilder sb = new StringBuilder();
            if (c == 'd') {
                boolean neg = v < 0;
                String valueStr = Long.toString(v);
                leadingSign(sb, neg);
                localizedMagnitude(sb, valueStr, neg ? 1 : 0, adjustWidth(width, neg));
                trailingSign(sb, neg);
            } else {
                checkBadFlags(PARENTHESES | LEADING_SPACE | PLUS);
                String s = c == 'o' ? Long.toOctalString(v) : Long.toHexString(v);
                boolean alt = (f & ALTERNATE) != 0;
                String prefix = !alt ? "" : c == 'o' ? "0" : upper() ? "0X" : "0x";
                sb.append(prefix);
                if ((f & ZERO_PAD) != 0)
                    for (int i = s.length() + prefix.length(); i < width; i++)
                        sb.append('0');
                sb.append(c == 'x' && upper() ? s.toUpperCase() : s);
            }
            appendJustified(a, sb);
        }

        private void leadingSign(StringBuilder sb, boolean neg) {
            if (!neg) {
                if ((f & PLUS) != 0)
                    sb.append('+');
                else if ((f & LEADING_SPACE) != 0)
                    sb.append(' ');
            } else {
                sb.append((f & PARENTHESES) != 0 ? '(' : '-');
            }
        }

        private void trailingSign(StringBuilder sb, boolean neg) {
            if (neg && (f & PARENTHESES) != 0)
                sb.append(')');
        }

        private int adjustWidth(int w, boolean neg) {
            return (w != -1 && neg && (f & PARENTHESES) != 0) ? w - 1 : w;
        }

        /* Digits from offset on, with ',' every three integer digits if asked, zero-padded to w. */
        private void localizedMagnitude(StringBuilder sb, CharSequence value, int offset, int w) {
            int begin = sb.length();
            int len = value.length();
            int dot = len;
            for (int j = offset; j < len; j++) {
                if (value.charAt(j) == '.') {
                    dot = j;
                    break;
                }
            }
            boolean group = (f & GROUP) != 0;
            for (int j = offset; j < len; j++) {
                if (j == dot) {
                    sb.append('.');
                    group = false;
                    continue;
                }
                sb.append(value.charAt(j));
                if (group && j != dot - 1 && ((dot - j) % 3 == 1))
                    sb.append(',');
            }
            if (w != -1 && (f & ZERO_PAD) != 0)
                for (int k = sb.length(); k < w; k++)
                    sb.insert(begin, '0');
        }

        private void printFloat(Appendable a, Object arg) throws IOException {
            if (arg == null) {
                printString(a, "null");
                return;
            }
            double value;
            if (arg instanceof Float)
                value = ((Float) arg).floatValue();
            else if (arg instanceof Double)
                value = ((Double) arg).doubleValue();
            else
                throw failConversion(arg);
            StringBuilder sb = new StringBuilder();
            boolean neg = Double.compare(value, 0.0) == -1;
            if (!Double.isNaN(value)) {
                double v = Math.abs(value);
                leadingSign(sb, neg);
                if (!Double.isInfinite(v))
                    printFinite(sb, v, neg);
                else
                    sb.append(upper() ? "INFINITY" : "Infinity");
                trailingSign(sb, neg);
            } else {
                sb.append(upper() ? "NAN" : "NaN");
            }
            appendJustified(a, sb);
        }

        private void printFinite(StringBuilder sb, double value, boolean neg) {
            Decimal d = new Decimal(value);
            if (c == 'e') {
                int prec = (precision == -1 ? 6 : precision);
                d.round(prec + 1);
                StringBuilder mant = d.scientificMantissa(prec);
                addZeros(mant, prec);
                if ((f & ALTERNATE) != 0 && prec == 0)
                    mant.append('.');
                String exp = value == 0.0 ? "+00" : d.exponentText();
                int newW = width == -1 ? width : adjustWidth(width - exp.length() - 1, neg);
                localizedMagnitude(sb, mant, 0, newW);
                sb.append(upper() ? 'E' : 'e').append(exp);
            } else if (c == 'f') {
                int prec = (precision == -1 ? 6 : precision);
                d.round(d.decExp + prec);
                StringBuilder mant = d.decimalMantissa(prec);
                addZeros(mant, prec);
                if ((f & ALTERNATE) != 0 && prec == 0)
                    mant.append('.');
                localizedMagnitude(sb, mant, 0, width == -1 ? width : adjustWidth(width, neg));
            } else {
                int prec = precision == -1 ? 6 : precision == 0 ? 1 : precision;
                StringBuilder mant;
                String exp = null;
                int expRounded;
                if (value == 0.0) {
                    mant = new StringBuilder("0");
                    expRounded = 0;
                } else {
                    d.round(prec);
                    if (d.decExp - 1 < -4 || d.decExp - 1 >= prec) {
                        mant = d.scientificMantissa(prec - 1);
                        exp = d.exponentText();
                    } else {
                        mant = d.decimalMantissa(prec - d.decExp);
                    }
                    expRounded = d.decExp - 1;
                }
                prec -= exp != null ? 1 : expRounded + 1;
                addZeros(mant, prec);
                if ((f & ALTERNATE) != 0 && prec == 0)
                    mant.append('.');
                int newW = width;
                if (width != -1)
                    newW = adjustWidth(exp != null ? width - exp.length() - 1 : width, neg);
                localizedMagnitude(sb, mant, 0, newW);
                if (exp != null)
                    sb.append(upper() ? 'E' : 'e').append(exp);
            }
        }

        /* Pads the fraction of sb with zeros to prec digits (adding the point if needed). */
        private static void addZeros(StringBuilder sb, int prec) {
            int len = sb.length();
            int i = 0;
            while (i < len && sb.charAt(i) != '.')
                i++;
            boolean needDot = i == len;
            int outPrec = len - i - (needDot ? 0 : 1);
            if (outPrec >= prec)
                return;
            if (needDot)
                sb.append('.');
            for (int k = outPrec; k < prec; k++)
                sb.append('0');
        }
    }

    /**
     * The decimal digits of a non-negative double, value = 0.d1d2...dn * 10^decExp,
     * with OpenJDK's half-up rounding of those digits to a number of significant digits.
     */
    private static final class Decimal {
        char[] digits;
        int nDigits;
        int decExp;

        /*
         * OpenJDK's Formatter rounds the very digits Double.toString prints (which are not
         * always the shortest: Double.MIN_VALUE is 4.9E-324), so they are taken from there.
         */
        Decimal(double v) {
            String s = Double.toString(Math.abs(v));
            int e = s.indexOf('E');
            String mant = e < 0 ? s : s.substring(0, e);
            int exp10 = e < 0 ? 0 : Integer.parseInt(s.substring(e + 1));
            int dot = mant.indexOf('.');
            String ds = dot < 0 ? mant : mant.substring(0, dot) + mant.substring(dot + 1);
            if (dot >= 0)
                exp10 -= mant.length() - dot - 1;
            int lead = 0;
            while (lead < ds.length() - 1 && ds.charAt(lead) == '0')
                lead++;
            int end = ds.length();
            while (end > lead + 1 && ds.charAt(end - 1) == '0') {
                end--;
                exp10++;
            }
            digits = ds.substring(lead, end).toCharArray();
            nDigits = digits.length;
            decExp = (nDigits == 1 && digits[0] == '0') ? 0 : nDigits + exp10;
        }

        /* Keeps prec significant digits, rounding half-up; prec < 0 or >= nDigits: unchanged. */
        void round(int prec) {
            if (prec >= nDigits || prec < 0)
                return;
            if (prec == 0) {
                if (digits[0] >= '5') {
                    digits[0] = '1';
                    Arrays.fill(digits, 1, nDigits, '0');
                    decExp++;
                } else {
                    Arrays.fill(digits, 0, nDigits, '0');
                }
                return;
            }
            if (digits[prec] >= '5') {
                int i = prec - 1;
                while (i >= 0 && digits[i] == '9')
                    i--;
                if (i < 0) {
                    digits[0] = '1';
                    Arrays.fill(digits, 1, nDigits, '0');
                    decExp++;
                    return;
                }
                digits[i]++;
                Arrays.fill(digits, i + 1, nDigits, '0');
            } else {
                Arrays.fill(digits, prec, nDigits, '0');
            }
        }

        /* d.ddd with at most precision fraction digits (from the digits we have). */
        StringBuilder scientificMantissa(int precision) {
            StringBuilder sb = new StringBuilder();
            int t = Math.max(0, Math.min(nDigits - 1, precision));
            sb.append(digits[0]);
            if (t > 0)
                sb.append('.').append(digits, 1, t);
            return sb;
        }

        String exponentText() {
            int e = decExp <= 0 ? -decExp + 1 : decExp - 1;
            char sign = decExp <= 0 ? '-' : '+';
            return e <= 9 ? sign + "0" + e : sign + Integer.toString(e);
        }

        /* ddd.ddd with at most precision fraction digits; no trailing point. */
        StringBuilder decimalMantissa(int precision) {
            StringBuilder sb = new StringBuilder();
            int exp = decExp;
            if (exp > 0) {
                if (nDigits < exp) {
                    sb.append(digits, 0, nDigits);
                    for (int i = nDigits; i < exp; i++)
                        sb.append('0');
                } else {
                    int t = Math.min(nDigits - exp, precision);
                    sb.append(digits, 0, exp);
                    if (t > 0)
                        sb.append('.').append(digits, exp, t);
                }
            } else {
                int zeros = Math.max(0, Math.min(-exp, precision));
                int t = Math.max(0, Math.min(nDigits, precision + exp));
                if (zeros > 0 || t > 0) {
                    sb.append("0.");
                    for (int i = 0; i < zeros; i++)
                        sb.append('0');
                    sb.append(digits, 0, t);
                } else {
                    sb.append('0');
                }
            }
            return sb;
        }
    }
}
