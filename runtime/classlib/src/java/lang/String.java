package java.lang;

import java.util.Iterator;

/* VM-owned (layout in CONTRACT.md): `value` holds exactly the string's UTF-16 chars. Constant
 * strings are interned by the VM; intern() uses the same table. Byte conversions are UTF-8
 * (ISO-8859-1 and US-ASCII by name too). split() handles literal separators and the simple
 * regular expressions of the common API: single characters (escaped or not), character
 * classes like [,;] and \\s \\d \\w with an optional '+'. */
public final class String implements java.io.Serializable, Comparable<String>, CharSequence {
    private static final long serialVersionUID = -6849794470754667710L;
    private final char[] value;
    private int hash;

    public static final java.util.Comparator<String> CASE_INSENSITIVE_ORDER = new java.util.Comparator<String>() {
        public int compare(String a, String b) {
            return a.compareToIgnoreCase(b);
        }
    };

    public String() {
        value = new char[0];
    }

    public String(String original) {
        value = original.value;
        hash = original.hash;
    }

    public String(char[] value) {
        this.value = value.clone();
    }

    public String(char[] value, int offset, int count) {
        checkBoundsOffCount(offset, count, value.length);
        this.value = new char[count];
        System.arraycopy(value, offset, this.value, 0, count);
    }

    public String(int[] codePoints, int offset, int count) {
        checkBoundsOffCount(offset, count, codePoints.length);
        int n = 0;
        for (int i = offset; i < offset + count; i++)
            n += Character.charCount(codePoints[i]);
        char[] v = new char[n];
        int j = 0;
        for (int i = offset; i < offset + count; i++)
            j += Character.toChars(codePoints[i], v, j);
        this.value = v;
    }

    public String(byte[] bytes) {
        this(bytes, 0, bytes.length);
    }

    public String(byte[] bytes, int offset, int length) {
        checkBoundsOffCount(offset, length, bytes.length);
        this.value = decodeUtf8(bytes, offset, length);
    }

    public String(byte[] bytes, String charsetName) throws java.io.UnsupportedEncodingException {
        this(bytes, 0, bytes.length, charsetName);
    }

    public String(byte[] bytes, int offset, int length, String charsetName)
            throws java.io.UnsupportedEncodingException {
        checkBoundsOffCount(offset, length, bytes.length);
        String cs = charsetName.toUpperCase();
        if (cs.equals("UTF-8") || cs.equals("UTF8")) {
            this.value = decodeUtf8(bytes, offset, length);
        } else if (cs.equals("ISO-8859-1") || cs.equals("LATIN1") || cs.equals("US-ASCII") || cs.equals("ASCII")) {
            boolean ascii = cs.indexOf("ASCII") >= 0;
            char[] v = new char[length];
            for (int i = 0; i < length; i++) {
                int b = bytes[offset + i] & 0xff;
                v[i] = (ascii && b > 127) ? '\ufffd' : (char) b;
            }
            this.value = v;
        } else {
            throw new java.io.UnsupportedEncodingException(charsetName);
        }
    }

    public String(StringBuffer buffer) {
        this(buffer.toString());
    }

    public String(StringBuilder builder) {
        this(builder.toString());
    }

    private static void checkBoundsOffCount(int offset, int count, int length) {
        if (offset < 0 || count < 0 || offset > length - count)
            throw new StringIndexOutOfBoundsException("offset " + offset + ", count " + count + ", length " + length);
    }

    private static void checkIndex(int index, int length) {
        if (index < 0 || index >= length)
            throw new StringIndexOutOfBoundsException("index " + index + ", length " + length);
    }

    private static char[] decodeUtf8(byte[] b, int off, int len) {
        char[] out = new char[len];
        int n = 0, i = off, end = off + len;
        while (i < end) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                out[n++] = (char) c;
                i++;
            } else if (c >= 0xc2 && c < 0xe0 && i + 1 < end && (b[i + 1] & 0xc0) == 0x80) {
                out[n++] = (char) (((c & 0x1f) << 6) | (b[i + 1] & 0x3f));
                i += 2;
            } else if (c >= 0xe0 && c < 0xf0 && i + 2 < end && (b[i + 1] & 0xc0) == 0x80 && (b[i + 2] & 0xc0) == 0x80) {
                int cp = ((c & 0x0f) << 12) | ((b[i + 1] & 0x3f) << 6) | (b[i + 2] & 0x3f);
                out[n++] = (cp < 0x800 || (cp >= 0xd800 && cp < 0xe000)) ? '\ufffd' : (char) cp;
                i += 3;
            } else if (c >= 0xf0 && c < 0xf5 && i + 3 < end && (b[i + 1] & 0xc0) == 0x80
                       && (b[i + 2] & 0xc0) == 0x80 && (b[i + 3] & 0xc0) == 0x80) {
                int cp = ((c & 0x07) << 18) | ((b[i + 1] & 0x3f) << 12) | ((b[i + 2] & 0x3f) << 6) | (b[i + 3] & 0x3f);
                if (cp < 0x10000 || cp > 0x10ffff) {
                    out[n++] = '\ufffd';
                } else {
                    cp -= 0x10000;
                    out[n++] = (char) (0xd800 + (cp >> 10));
                    out[n++] = (char) (0xdc00 + (cp & 0x3ff));
                }
                i += 4;
            } else {
                out[n++] = '\ufffd';
                i++;
            }
        }
        if (n == out.length)
            return out;
        char[] r = new char[n];
        System.arraycopy(out, 0, r, 0, n);
        return r;
    }

    public int length() {
        return value.length;
    }

    public boolean isEmpty() {
        return value.length == 0;
    }

    public char charAt(int index) {
        if (index < 0 || index >= value.length)
            throw new StringIndexOutOfBoundsException("String index out of range: " + index);
        return value[index];
    }

    public int codePointAt(int index) {
        checkIndex(index, value.length);
        return Character.codePointAt(value, index);
    }

    public int codePointBefore(int index) {
        int i = index - 1;
        if (i < 0 || i >= value.length)
            throw new StringIndexOutOfBoundsException("index " + index + ", length " + value.length);
        return Character.codePointBefore(value, index);
    }

    public int codePointCount(int beginIndex, int endIndex) {
        if (beginIndex < 0 || beginIndex > endIndex || endIndex > value.length)
            throw new IndexOutOfBoundsException();
        int n = 0;
        for (int i = beginIndex; i < endIndex; i++) {
            n++;
            if (Character.isHighSurrogate(value[i]) && i + 1 < endIndex && Character.isLowSurrogate(value[i + 1]))
                i++;
        }
        return n;
    }

    public int offsetByCodePoints(int index, int codePointOffset) {
        if (index < 0 || index > value.length)
            throw new IndexOutOfBoundsException();
        return Character.offsetByCodePoints(this, index, codePointOffset);
    }

    public void getChars(int srcBegin, int srcEnd, char[] dst, int dstBegin) {
        if (srcBegin < 0 || srcBegin > srcEnd || srcEnd > value.length)
            throw new StringIndexOutOfBoundsException("begin " + srcBegin + ", end " + srcEnd + ", length " + value.length);
        System.arraycopy(value, srcBegin, dst, dstBegin, srcEnd - srcBegin);
    }

    public byte[] getBytes() {
        int n = 0;
        for (int i = 0; i < value.length; i++) {
            char c = value[i];
            if (c < 0x80) n += 1;
            else if (c < 0x800) n += 2;
            else if (Character.isHighSurrogate(c) && i + 1 < value.length && Character.isLowSurrogate(value[i + 1])) {
                n += 4;
                i++;
            } else n += 3;
        }
        byte[] b = new byte[n];
        int j = 0;
        for (int i = 0; i < value.length; i++) {
            char c = value[i];
            if (c < 0x80) {
                b[j++] = (byte) c;
            } else if (c < 0x800) {
                b[j++] = (byte) (0xc0 | (c >> 6));
                b[j++] = (byte) (0x80 | (c & 0x3f));
            } else if (Character.isHighSurrogate(c) && i + 1 < value.length && Character.isLowSurrogate(value[i + 1])) {
                int cp = Character.toCodePoint(c, value[++i]);
                b[j++] = (byte) (0xf0 | (cp >> 18));
                b[j++] = (byte) (0x80 | ((cp >> 12) & 0x3f));
                b[j++] = (byte) (0x80 | ((cp >> 6) & 0x3f));
                b[j++] = (byte) (0x80 | (cp & 0x3f));
            } else if (Character.isSurrogate(c)) {
                b[j++] = (byte) '?';
                b[j++] = 0;
                b[j++] = 0;
                j -= 2;
            } else {
                b[j++] = (byte) (0xe0 | (c >> 12));
                b[j++] = (byte) (0x80 | ((c >> 6) & 0x3f));
                b[j++] = (byte) (0x80 | (c & 0x3f));
            }
        }
        if (j == n)
            return b;
        byte[] r = new byte[j];
        System.arraycopy(b, 0, r, 0, j);
        return r;
    }

    public byte[] getBytes(String charsetName) throws java.io.UnsupportedEncodingException {
        String cs = charsetName.toUpperCase();
        if (cs.equals("UTF-8") || cs.equals("UTF8"))
            return getBytes();
        if (cs.equals("ISO-8859-1") || cs.equals("LATIN1") || cs.equals("US-ASCII") || cs.equals("ASCII")) {
            int max = cs.indexOf("ASCII") >= 0 ? 0x7f : 0xff;
            byte[] b = new byte[value.length];
            for (int i = 0; i < value.length; i++)
                b[i] = (byte) (value[i] <= max ? value[i] : '?');
            return b;
        }
        throw new java.io.UnsupportedEncodingException(charsetName);
    }

    public boolean equals(Object anObject) {
        if (this == anObject)
            return true;
        if (!(anObject instanceof String))
            return false;
        char[] a = value, b = ((String) anObject).value;
        if (a.length != b.length)
            return false;
        for (int i = 0; i < a.length; i++)
            if (a[i] != b[i])
                return false;
        return true;
    }

    public boolean contentEquals(CharSequence cs) {
        if (cs.length() != value.length)
            return false;
        for (int i = 0; i < value.length; i++)
            if (value[i] != cs.charAt(i))
                return false;
        return true;
    }

    public boolean contentEquals(StringBuffer sb) {
        return contentEquals((CharSequence) sb);
    }

    public boolean equalsIgnoreCase(String other) {
        return this == other || (other != null && other.value.length == value.length
                                 && regionMatches(true, 0, other, 0, value.length));
    }

    public int compareTo(String other) {
        char[] a = value, b = other.value;
        int lim = Math.min(a.length, b.length);
        for (int k = 0; k < lim; k++)
            if (a[k] != b[k])
                return a[k] - b[k];
        return a.length - b.length;
    }

    public int compareToIgnoreCase(String str) {
        char[] a = value, b = str.value;
        int lim = Math.min(a.length, b.length);
        for (int k = 0; k < lim; k++) {
            char c1 = a[k], c2 = b[k];
            if (c1 != c2) {
                c1 = Character.toLowerCase(Character.toUpperCase(c1));
                c2 = Character.toLowerCase(Character.toUpperCase(c2));
                if (c1 != c2)
                    return c1 - c2;
            }
        }
        return a.length - b.length;
    }

    public boolean regionMatches(int toffset, String other, int ooffset, int len) {
        return regionMatches(false, toffset, other, ooffset, len);
    }

    public boolean regionMatches(boolean ignoreCase, int toffset, String other, int ooffset, int len) {
        if (ooffset < 0 || toffset < 0 || toffset > (long) value.length - len || ooffset > (long) other.value.length - len)
            return false;
        for (int i = 0; i < len; i++) {
            char c1 = value[toffset + i], c2 = other.value[ooffset + i];
            if (c1 == c2)
                continue;
            if (!ignoreCase)
                return false;
            char u1 = Character.toUpperCase(c1), u2 = Character.toUpperCase(c2);
            if (u1 != u2 && Character.toLowerCase(u1) != Character.toLowerCase(u2))
                return false;
        }
        return true;
    }

    public boolean startsWith(String prefix, int toffset) {
        if (toffset < 0 || toffset > value.length - prefix.value.length)
            return false;
        for (int i = 0; i < prefix.value.length; i++)
            if (value[toffset + i] != prefix.value[i])
                return false;
        return true;
    }

    public boolean startsWith(String prefix) {
        return startsWith(prefix, 0);
    }

    public boolean endsWith(String suffix) {
        return startsWith(suffix, value.length - suffix.value.length);
    }

    public int hashCode() {
        int h = hash;
        if (h == 0 && value.length > 0) {
            for (char c : value)
                h = 31 * h + c;
            hash = h;
        }
        return h;
    }

    public int indexOf(int ch) {
        return indexOf(ch, 0);
    }

    public int indexOf(int ch, int fromIndex) {
        if (fromIndex < 0)
            fromIndex = 0;
        if (ch >= Character.MIN_SUPPLEMENTARY_CODE_POINT)
            return indexOf(new String(Character.toChars(ch)), fromIndex);
        for (int i = fromIndex; i < value.length; i++)
            if (value[i] == ch)
                return i;
        return -1;
    }

    public int lastIndexOf(int ch) {
        return lastIndexOf(ch, value.length - 1);
    }

    public int lastIndexOf(int ch, int fromIndex) {
        if (ch >= Character.MIN_SUPPLEMENTARY_CODE_POINT)
            return lastIndexOf(new String(Character.toChars(ch)), fromIndex);
        for (int i = Math.min(fromIndex, value.length - 1); i >= 0; i--)
            if (value[i] == ch)
                return i;
        return -1;
    }

    public int indexOf(String str) {
        return indexOf(str, 0);
    }

    public int indexOf(String str, int fromIndex) {
        char[] s = str.value;
        if (fromIndex < 0)
            fromIndex = 0;
        int max = value.length - s.length;
        outer:
        for (int i = fromIndex; i <= max; i++) {
            for (int j = 0; j < s.length; j++)
                if (value[i + j] != s[j])
                    continue outer;
            return i;
        }
        return -1;
    }

    public int lastIndexOf(String str) {
        return lastIndexOf(str, value.length);
    }

    public int lastIndexOf(String str, int fromIndex) {
        char[] s = str.value;
        int start = Math.min(fromIndex, value.length - s.length);
        outer:
        for (int i = start; i >= 0; i--) {
            for (int j = 0; j < s.length; j++)
                if (value[i + j] != s[j])
                    continue outer;
            return i;
        }
        return -1;
    }

    public String substring(int beginIndex) {
        return substring(beginIndex, value.length);
    }

    public String substring(int beginIndex, int endIndex) {
        if (beginIndex < 0 || beginIndex > endIndex || endIndex > value.length)
            throw new StringIndexOutOfBoundsException("begin " + beginIndex + ", end " + endIndex + ", length " + value.length);
        if (beginIndex == 0 && endIndex == value.length)
            return this;
        return new String(value, beginIndex, endIndex - beginIndex);
    }

    public CharSequence subSequence(int beginIndex, int endIndex) {
        return substring(beginIndex, endIndex);
    }

    public String concat(String str) {
        if (str.value.length == 0)
            return this;
        char[] v = new char[value.length + str.value.length];
        System.arraycopy(value, 0, v, 0, value.length);
        System.arraycopy(str.value, 0, v, value.length, str.value.length);
        return new String(v, true);
    }

    /* Takes ownership of v (no copy). */
    private String(char[] v, boolean share) {
        this.value = v;
    }

    public String replace(char oldChar, char newChar) {
        if (oldChar == newChar)
            return this;
        int i = indexOf(oldChar);
        if (i < 0)
            return this;
        char[] v = value.clone();
        for (; i < v.length; i++)
            if (v[i] == oldChar)
                v[i] = newChar;
        return new String(v, true);
    }

    public String replace(CharSequence target, CharSequence replacement) {
        String t = target.toString(), r = replacement.toString();
        StringBuilder sb = new StringBuilder();
        if (t.isEmpty()) {
            sb.append(r);
            for (char c : value) {
                sb.append(c);
                sb.append(r);
            }
            return sb.toString();
        }
        int from = 0, i = indexOf(t);
        if (i < 0)
            return this;
        while (i >= 0) {
            sb.append(value, from, i - from);
            sb.append(r);
            from = i + t.value.length;
            i = indexOf(t, from);
        }
        sb.append(value, from, value.length - from);
        return sb.toString();
    }

    public boolean contains(CharSequence s) {
        return indexOf(s.toString()) >= 0;
    }

    public String replaceAll(String regex, String replacement) {
        return join(replacement, splitAll(regex, -1, true));
    }

    public String replaceFirst(String regex, String replacement) {
        Matcher m = new Matcher(regex);
        int[] r = m.find(this, 0);
        if (r == null)
            return this;
        return substring(0, r[0]) + replacement + substring(r[1]);
    }

    public boolean matches(String regex) {
        Matcher m = new Matcher(regex);
        int[] r = m.find(this, 0);
        return r != null && r[0] == 0 && r[1] == value.length;
    }

    public String[] split(String regex) {
        return split(regex, 0);
    }

    public String[] split(String regex, int limit) {
        return splitAll(regex, limit, false);
    }

    private String[] splitAll(String regex, int limit, boolean keepLeading) {
        Matcher m = new Matcher(regex);
        String[] parts = new String[8];
        int n = 0, from = 0;
        int pos = 0;
        while (limit <= 0 || n < limit - 1) {
            int[] r = m.find(this, pos);
            if (r == null)
                break;
            if (r[1] == r[0] && r[0] == 0) {   /* a zero-width match at the start splits nothing */
                pos = 1;
                if (pos > value.length)
                    break;
                continue;
            }
            if (n == parts.length)
                parts = grow(parts);
            parts[n++] = substring(from, r[0]);
            from = r[1];
            pos = r[1] > r[0] ? r[1] : r[1] + 1;
            if (pos > value.length)
                break;
        }
        if (n == 0 && !keepLeading)
            return new String[] { this };
        if (n == parts.length)
            parts = grow(parts);
        parts[n++] = substring(from);
        if (limit == 0 && !keepLeading)
            while (n > 0 && parts[n - 1].isEmpty())
                n--;
        String[] res = new String[n];
        System.arraycopy(parts, 0, res, 0, n);
        return res;
    }

    private static String[] grow(String[] a) {
        String[] b = new String[a.length * 2];
        System.arraycopy(a, 0, b, 0, a.length);
        return b;
    }

    /* A tiny matcher for the patterns split/replaceAll accept: a sequence of atoms (literal
     * character, escaped character, '.', \s \S \d \D \w \W, or a [...] class with ranges and
     * negation), each optionally followed by '+' or '*'. Greedy, no backtracking across
     * atoms beyond what these patterns need. */
    private static final class Matcher {
        private final String p;

        Matcher(String regex) {
            this.p = regex;
        }

        int[] find(String s, int from) {
            for (int i = from; i <= s.value.length; i++) {
                int e = matchAt(s.value, i);
                if (e >= 0)
                    return new int[] { i, e };
            }
            return null;
        }

        private int matchAt(char[] s, int start) {
            int i = start, k = 0;
            while (k < p.length()) {
                int atomEnd = atomEnd(k);
                char q = atomEnd < p.length() ? p.charAt(atomEnd) : 0;
                boolean many = q == '+' || q == '*', optional = q == '*' || q == '?';
                int next = atomEnd + ((many || q == '?') ? 1 : 0);
                int count = 0;
                while (i < s.length && matches(k, s[i])) {
                    i++;
                    count++;
                    if (!many)
                        break;
                }
                if (count == 0 && !optional)
                    return -1;
                k = next;
            }
            return i;
        }

        private int atomEnd(int k) {
            char c = p.charAt(k);
            if (c == '\\')
                return k + 2;
            if (c == '[') {
                int j = k + 1;
                if (j < p.length() && p.charAt(j) == '^')
                    j++;
                if (j < p.length() && p.charAt(j) == ']')
                    j++;
                while (j < p.length() && p.charAt(j) != ']') {
                    if (p.charAt(j) == '\\')
                        j++;
                    j++;
                }
                return j + 1;
            }
            return k + 1;
        }

        private static boolean cls(char e, char c) {
            switch (e) {
            case 's': return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0b;
            case 'S': return !cls('s', c);
            case 'd': return c >= '0' && c <= '9';
            case 'D': return !cls('d', c);
            case 'w': return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
            case 'W': return !cls('w', c);
            case 't': return c == '\t';
            case 'n': return c == '\n';
            case 'r': return c == '\r';
            default: return c == e;
            }
        }

        private boolean matches(int k, char c) {
            char a = p.charAt(k);
            if (a == '\\')
                return k + 1 < p.length() && cls(p.charAt(k + 1), c);
            if (a == '.')
                return c != '\n';
            if (a != '[')
                return a == c;
            int j = k + 1;
            boolean neg = j < p.length() && p.charAt(j) == '^';
            if (neg)
                j++;
            boolean hit = false;
            boolean first = true;
            while (j < p.length() && (p.charAt(j) != ']' || first)) {
                first = false;
                char lo = p.charAt(j);
                if (lo == '\\' && j + 1 < p.length()) {
                    if (cls(p.charAt(j + 1), c))
                        hit = true;
                    j += 2;
                    continue;
                }
                if (j + 2 < p.length() && p.charAt(j + 1) == '-' && p.charAt(j + 2) != ']') {
                    if (c >= lo && c <= p.charAt(j + 2))
                        hit = true;
                    j += 3;
                } else {
                    if (c == lo)
                        hit = true;
                    j++;
                }
            }
            return hit != neg;
        }
    }

    public static String join(CharSequence delimiter, CharSequence... elements) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < elements.length; i++) {
            if (i > 0)
                sb.append(delimiter);
            sb.append(elements[i]);
        }
        return sb.toString();
    }

    public static String join(CharSequence delimiter, Iterable<? extends CharSequence> elements) {
        StringBuilder sb = new StringBuilder();
        boolean first = true;
        for (CharSequence cs : elements) {
            if (!first)
                sb.append(delimiter);
            sb.append(cs);
            first = false;
        }
        return sb.toString();
    }

    public String toLowerCase() {
        if (indexOf('\u0130') >= 0 || indexOf('\u03a3') >= 0)
            return toLowerSpecial();
        char[] v = null;
        for (int i = 0; i < value.length; i++) {
            char c = value[i], l = Character.toLowerCase(c);
            if (l != c) {
                if (v == null)
                    v = value.clone();
                v[i] = l;
            }
        }
        return v == null ? this : new String(v, true);
    }

    /* Java's special casing: capital I with dot above lowers to "i\u0307"; capital sigma at the
     * end of a word lowers to final sigma. */
    private String toLowerSpecial() {
        StringBuilder sb = new StringBuilder(value.length + 4);
        for (int i = 0; i < value.length; i++) {
            char c = value[i];
            if (c == '\u0130') {
                sb.append("i\u0307");
            } else if (c == '\u03a3') {
                boolean before = i > 0 && Character.isLetter(value[i - 1]);
                boolean after = i + 1 < value.length && Character.isLetter(value[i + 1]);
                sb.append(before && !after ? '\u03c2' : '\u03c3');
            } else {
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString();
    }

    public String toUpperCase() {
        StringBuilder sb = null;
        for (int i = 0; i < value.length; i++) {
            char c = value[i];
            if (c == '\u00df') {   /* sharp s has no single upper-case char */
                if (sb == null) {
                    sb = new StringBuilder();
                    sb.append(value, 0, i);
                }
                sb.append("SS");
                continue;
            }
            char u = Character.toUpperCase(c);
            if (sb == null && u != c) {
                sb = new StringBuilder();
                sb.append(value, 0, i);
            }
            if (sb != null)
                sb.append(u);
        }
        return sb == null ? this : sb.toString();
    }

    public String trim() {
        int st = 0, len = value.length;
        while (st < len && value[st] <= ' ')
            st++;
        while (st < len && value[len - 1] <= ' ')
            len--;
        return (st > 0 || len < value.length) ? substring(st, len) : this;
    }

    public String toString() {
        return this;
    }

    public char[] toCharArray() {
        return value.clone();
    }

    public static String format(String format, Object... args) {
        return new java.util.Formatter().format(format, args).toString();
    }

    public static String valueOf(Object obj) {
        return (obj == null) ? "null" : obj.toString();
    }

    public static String valueOf(char[] data) {
        return new String(data);
    }

    public static String valueOf(char[] data, int offset, int count) {
        return new String(data, offset, count);
    }

    public static String copyValueOf(char[] data, int offset, int count) {
        return new String(data, offset, count);
    }

    public static String copyValueOf(char[] data) {
        return new String(data);
    }

    public static String valueOf(boolean b) {
        return b ? "true" : "false";
    }

    public static String valueOf(char c) {
        return new String(new char[] { c }, true);
    }

    public static String valueOf(int i) {
        return Integer.toString(i);
    }

    public static String valueOf(long l) {
        return Long.toString(l);
    }

    public static String valueOf(float f) {
        return Float.toString(f);
    }

    public static String valueOf(double d) {
        return Double.toString(d);
    }

    public native String intern();
}
