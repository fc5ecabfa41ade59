package stardust.io;

import java.io.UnsupportedEncodingException;

/**
 * UTF-8, the only charset of Stardust's streams. Malformed input decodes to U+FFFD (one per
 * maximal invalid subsequence); an unpaired surrogate encodes as '?', as OpenJDK's coders do.
 */
public final class Utf8 {
    private Utf8() {
    }

    /** Accepts the names OpenJDK knows UTF-8 by; anything else is unsupported here. */
    public static void checkCharsetName(String name) throws UnsupportedEncodingException {
        if (name == null)
            throw new NullPointerException("charsetName");
        String n = name.toUpperCase();
        if (!n.equals("UTF-8") && !n.equals("UTF8"))
            throw new UnsupportedEncodingException(name);
    }

    public static String decode(byte[] b, int off, int len) {
        Decoder d = new Decoder();
        char[] out = new char[len];
        int n = d.decode(b, off, off + len, true, out, 0);
        return new String(out, 0, n);
    }

    /** Stateful encoder: a high surrogate at the end of one call pairs with the next call's. */
    public static final class Encoder {
        private char pendingHigh;

        /** Most bytes encode(...) can produce for len chars. */
        public static int maxBytes(int len) {
            return 3 * len + 3;
        }

        /** Encodes s[start, end) into dst from dstOff; returns the new end of dst. */
        public int encode(CharSequence s, int start, int end, byte[] dst, int dstOff) {
            int p = dstOff;
            for (int i = start; i < end; i++)
                p = encodeChar(s.charAt(i), dst, p);
            return p;
        }

        public int encode(char[] s, int start, int end, byte[] dst, int dstOff) {
            int p = dstOff;
            for (int i = start; i < end; i++)
                p = encodeChar(s[i], dst, p);
            return p;
        }

        /** Ends the stream: an unpaired high surrogate becomes '?'. */
        public int finish(byte[] dst, int dstOff) {
            if (pendingHigh != 0) {
                pendingHigh = 0;
                dst[dstOff++] = '?';
            }
            return dstOff;
        }

        private int encodeChar(char c, byte[] dst, int p) {
            if (pendingHigh != 0) {
                char hi = pendingHigh;
                pendingHigh = 0;
                if (Character.isLowSurrogate(c))
                    return put4(Character.toCodePoint(hi, c), dst, p);
                dst[p++] = '?';
            }
            if (c < 0x80) {
                dst[p++] = (byte) c;
            } else if (c < 0x800) {
                dst[p++] = (byte) (0xc0 | (c >> 6));
                dst[p++] = (byte) (0x80 | (c & 0x3f));
            } else if (Character.isHighSurrogate(c)) {
                pendingHigh = c;
            } else if (Character.isLowSurrogate(c)) {
                dst[p++] = '?';
            } else {
                dst[p++] = (byte) (0xe0 | (c >> 12));
                dst[p++] = (byte) (0x80 | ((c >> 6) & 0x3f));
                dst[p++] = (byte) (0x80 | (c & 0x3f));
            }
            return p;
        }

        private static int put4(int cp, byte[] dst, int p) {
            dst[p++] = (byte) (0xf0 | (cp >> 18));
            dst[p++] = (byte) (0x80 | ((cp >> 12) & 0x3f));
            dst[p++] = (byte) (0x80 | ((cp >> 6) & 0x3f));
            dst[p++] = (byte) (0x80 | (cp & 0x3f));
            return p;
        }
    }

    /** Stateful decoder: an incomplete sequence at the end of one call waits for the next. */
    public static final class Decoder {
        private final byte[] carry = new byte[4];
        private int carryLen;

        /**
         * Decodes b[off, end) (after any bytes carried over) into out from outOff; out must have
         * room for carried + (end - off) chars. At eof an incomplete sequence becomes U+FFFD.
         * Returns the number of chars written.
         */
        public int decode(byte[] b, int off, int end, boolean eof, char[] out, int outOff) {
            byte[] in = b;
            int i = off;
            int n = end;
            if (carryLen > 0) {
                in = new byte[carryLen + (end - off)];
                System.arraycopy(carry, 0, in, 0, carryLen);
                System.arraycopy(b, off, in, carryLen, end - off);
                i = 0;
                n = in.length;
                carryLen = 0;
            }
            int o = outOff;
            while (i < n) {
                int c = in[i] & 0xff;
                if (c < 0x80) {
                    out[o++] = (char) c;
                    i++;
                    continue;
                }
                int need = c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2
                        : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
                if (need < 0) {
                    out[o++] = '\ufffd';
                    i++;
                    continue;
                }
                int got = 1;
                while (got <= need && i + got < n && validNext(c, got, in[i + got] & 0xff))
                    got++;
                if (got <= need) {
                    if (i + got >= n && !eof) {
                        /* might complete with the next call's bytes */
                        carryLen = n - i;
                        System.arraycopy(in, i, carry, 0, carryLen);
                        break;
                    }
                    out[o++] = '\ufffd';
                    i += got;
                    continue;
                }
                int cp = c & (0x3f >> need);
                for (int k = 1; k <= need; k++)
                    cp = (cp << 6) | (in[i + k] & 0x3f);
                i += need + 1;
                if (cp >= 0xd800 && cp <= 0xdfff) {
                    out[o++] = '\ufffd';
                } else if (cp >= 0x10000) {
                    out[o++] = Character.highSurrogate(cp);
                    out[o++] = Character.lowSurrogate(cp);
                } else {
                    out[o++] = (char) cp;
                }
            }
            return o - outOff;
        }

        /*
         * The second byte's range depends on the lead byte (no overlongs, nothing above
         * U+10FFFF); an encoded surrogate (ED A0..BF xx) decodes first and is then rejected
         * as one malformed 3-byte sequence, as OpenJDK's decoder does.
         */
        private static boolean validNext(int lead, int index, int b) {
            if (index == 1) {
                if (lead == 0xe0)
                    return b >= 0xa0 && b <= 0xbf;
                if (lead == 0xf0)
                    return b >= 0x90 && b <= 0xbf;
                if (lead == 0xf4)
                    return b >= 0x80 && b <= 0x8f;
            }
            return b >= 0x80 && b <= 0xbf;
        }

        public int pendingBytes() {
            return carryLen;
        }
    }
}
