import java.io.*;

/* PrintStream/PrintWriter text and UTF-8 bytes, byte array streams, writers, buffered I/O. */
public class IoTest {
    public static void main(String[] args) throws IOException {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(bos, true, "UTF-8");
        ps.print(1);
        ps.print('c');
        ps.print(2L);
        ps.print(1.5f);
        ps.print(2.25);
        ps.print(true);
        ps.print(new char[] { 'x', 'y' });
        ps.print((String) null);
        ps.print((Object) null);
        ps.println();
        ps.println("héllo wörld € \uD83D\uDE00 \uD800 end");
        ps.printf("%5.2f|%s%n", 3.14159, "fmt");
        ps.append("app").append('!').append("xyz", 1, 2);
        ps.write(65);
        ps.write(new byte[] { 66, 67, 68 }, 1, 2);
        ps.flush();
        byte[] b = bos.toByteArray();
        StringBuilder hex = new StringBuilder();
        for (byte x : b)
            hex.append(Integer.toHexString(x & 0xff)).append(' ');
        System.out.println(hex);
        System.out.println(bos.toString("UTF-8").length() + " " + bos.size() + " " + ps.checkError());
        ByteArrayInputStream bis = new ByteArrayInputStream(b, 2, 10);
        byte[] buf = new byte[4];
        System.out.println(bis.read() + " " + bis.read(buf) + " " + bis.available() + " " + bis.skip(3) + " " + bis.read(buf, 1, 3) + " " + bis.read() + " " + bis.read(buf));
        StringWriter sw = new StringWriter();
        PrintWriter pw = new PrintWriter(sw);
        pw.println("line1");
        pw.printf("%d-%s%n", 5, "five");
        pw.print(3.0);
        pw.write("abcdef", 2, 3);
        pw.append('!');
        pw.flush();
        System.out.println(sw + "|" + sw.getBuffer().length());
        ByteArrayOutputStream bos2 = new ByteArrayOutputStream();
        PrintWriter pw2 = new PrintWriter(bos2);
        pw2.print("unflushed ü");
        System.out.println("before flush: " + bos2.size());
        pw2.flush();
        System.out.println("after flush: " + bos2.size() + " " + bos2);
        Writer w = new BufferedWriter(new OutputStreamWriter(bos2, "UTF-8"), 4);
        w.write("buffered-writer");
        w.write('!');
        w.close();
        System.out.println(bos2);
        BufferedOutputStream bout = new BufferedOutputStream(bos2, 3);
        bout.write(new byte[] { 'a', 'b' });
        bout.write('c');
        bout.write('d');
        System.out.println(bos2.size());
        bout.flush();
        System.out.println(bos2.size());
        BufferedInputStream bin = new BufferedInputStream(new ByteArrayInputStream("abcdefghij".getBytes()), 3);
        bin.mark(5);
        System.out.println((char) bin.read() + "" + (char) bin.read());
        bin.reset();
        byte[] all = new byte[20];
        System.out.println(bin.read(all, 0, 20) + " " + new String(all, 0, 3));
        PrintStream err = new PrintStream(new OutputStream() {
            public void write(int c) throws IOException {
                throw new IOException("boom");
            }
        });
        err.print("x");
        System.out.println("checkError " + err.checkError());
        try {
            new PrintStream(bos, false, "KOI8-X");
        } catch (UnsupportedEncodingException e) {
            System.out.println(e);
        }
        System.out.println(new UncheckedIOException("wrapped", new EOFException("eof")).getCause());
        System.out.println(new FileNotFoundException("nofile").getMessage());
        System.out.print("no newline then ");
        System.out.println("newline");
        System.out.println((Object) "obj");
        System.out.println(new char[] { 'c', 'h' });
        System.out.println(-0.0f);
        System.out.println(Long.MIN_VALUE);
        try {
            new ByteArrayInputStream(new byte[4]).read(new byte[4], 3, 5);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e);
        }
        try {
            new ByteArrayOutputStream().write(new byte[2], -1, 1);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e);
        }
        try {
            new StringWriter().write(new char[2], 1, 2);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e);
        }
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        PrintStream auto = new PrintStream(new BufferedOutputStream(sink, 64), true);
        PrintStream manual = new PrintStream(new BufferedOutputStream(sink, 64), false);
        auto.print("x");
        auto.print(new char[] { 'y' });
        System.out.println("autoflush print: " + sink.size());
        manual.println("z");
        System.out.println("no autoflush println: " + sink.size());
        manual.flush();
        System.out.println("after flush: " + sink.size() + " " + sink);
        System.err.println("to stderr");
    }
}
