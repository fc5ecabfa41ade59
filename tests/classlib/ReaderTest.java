import java.io.*;

/*
 * Readers (which cannot be patched into OpenJDK: its Readable wants java.nio): run once with
 * java.io's and once with ours, renamed to sdtest.io by run.sh (imports shadow java.io.*).
 */
public class ReaderTest {
    static String show(String s) {
        return s == null ? "null" : "<" + s.replace("\r", "\\r").replace("\n", "\\n") + ">";
    }

    public static void main(String[] args) throws IOException {
        String text = "first line\nsecond\r\nthird\rfourth\n\nlast without newline";
        BufferedReader br = new BufferedReader(new StringReader(text), 5);
        String line;
        while ((line = br.readLine()) != null)
            System.out.println(show(line));
        System.out.println(show(br.readLine()));
        BufferedReader br2 = new BufferedReader(new StringReader("ab\r\ncd\nef"));
        System.out.println((char) br2.read() + " " + br2.readLine() + " " + br2.read() + " " + br2.ready());
        char[] cb = new char[10];
        int n = br2.read(cb, 0, 10);
        System.out.println(n + " " + new String(cb, 0, n) + " " + br2.read());
        BufferedReader br3 = new BufferedReader(new StringReader("0123456789abcdefghij"), 4);
        br3.mark(10);
        System.out.println((char) br3.read() + "" + (char) br3.read() + (char) br3.read());
        br3.reset();
        System.out.println(br3.skip(12) + " " + (char) br3.read() + " " + br3.readLine());
        StringReader sr = new StringReader("hello");
        System.out.println(sr.read() + " " + sr.skip(2) + " " + sr.ready() + " " + sr.markSupported());
        sr.mark(0);
        System.out.println((char) sr.read());
        sr.reset();
        System.out.println((char) sr.read() + " " + sr.read() + " " + sr.read());
        sr.close();
        try {
            sr.read();
        } catch (IOException e) {
            System.out.println(e);
        }
        byte[] utf8 = "h\u00e9llo \u20ac \uD83D\uDE00 z\nline two\n".getBytes("UTF-8");
        byte[] bad = { 'a', (byte) 0xc3, 'b', (byte) 0xe2, (byte) 0x82, 'c', (byte) 0xff, (byte) 0xf0, (byte) 0x9f, (byte) 0x98, (byte) 0x80, (byte) 0xed, (byte) 0xa0, (byte) 0x80, 'd', (byte) 0xe2, (byte) 0x82 };
        for (byte[] input : new byte[][] { utf8, bad }) {
            Reader r = new InputStreamReader(new ByteArrayInputStream(input), "UTF-8");
            StringBuilder sb = new StringBuilder();
            int c;
            while ((c = r.read()) != -1)
                sb.append(Integer.toHexString(c)).append(' ');
            System.out.println(sb);
            r.close();
        }
        /* a decoder fed one byte at a time must join split sequences */
        InputStream trickle = new InputStream() {
            int i;

            public int read() {
                return i < utf8.length ? utf8[i++] & 0xff : -1;
            }

            public int read(byte[] b, int off, int len) {
                if (i >= utf8.length)
                    return -1;
                b[off] = utf8[i++];
                return 1;
            }
        };
        BufferedReader lines = new BufferedReader(new InputStreamReader(trickle));
        System.out.println(show(lines.readLine()) + " " + show(lines.readLine()) + " " + show(lines.readLine()));
        Reader r = new StringReader("skip me please");
        System.out.println(r.skip(5) + " " + (char) r.read());
        try {
            new InputStreamReader(new ByteArrayInputStream(utf8), "EBCDIC-XX");
        } catch (UnsupportedEncodingException e) {
            System.out.println(e);
        }
        try {
            new BufferedReader(new StringReader("x"), 0);
        } catch (IllegalArgumentException e) {
            System.out.println(e);
        }
    }
}
