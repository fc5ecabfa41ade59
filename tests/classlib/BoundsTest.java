import java.io.*;
/* Bounds-check exceptions of the streams, readers and writers (messages differ by class). */
public class BoundsTest {
  interface X { void run() throws Exception; }
  static void p(String n, X x) { try { x.run(); System.out.println(n + " ok"); } catch (Exception e) { System.out.println(n + " " + e); } }
  public static void main(String[] a) {
    char[] c = new char[2]; byte[] b = new byte[2];
    p("StringWriter", () -> new StringWriter().write(c, 1, 2));
    p("BufferedWriter", () -> new BufferedWriter(new StringWriter()).write(c, 1, 2));
    p("OutputStreamWriter", () -> new OutputStreamWriter(new ByteArrayOutputStream()).write(c, 1, 2));
    p("PrintWriter", () -> new PrintWriter(new StringWriter()).write(c, 1, 2));
    p("StringReader", () -> new StringReader("abc").read(c, 1, 2));
    p("BufferedReader", () -> new BufferedReader(new StringReader("abc")).read(c, 1, 2));
    p("InputStreamReader", () -> new InputStreamReader(new ByteArrayInputStream(b)).read(c, 1, 2));
    p("BAIS", () -> new ByteArrayInputStream(b).read(b, 1, 2));
    p("BAOS", () -> new ByteArrayOutputStream().write(b, 1, 2));
    p("BIS", () -> new BufferedInputStream(new ByteArrayInputStream(b)).read(b, 1, 2));
    p("BOS", () -> new BufferedOutputStream(new ByteArrayOutputStream()).write(b, 1, 2));
    p("PS", () -> new PrintStream(new ByteArrayOutputStream()).write(b, 1, 2));
    p("OS", () -> new OutputStream() { public void write(int x) {} }.write(b, 1, 2));
    p("IS", () -> new InputStream() { public int read() { return 1; } }.read(b, 1, 2));
    p("FOS", () -> new FilterOutputStream(new ByteArrayOutputStream()).write(b, 1, 2));
    p("Writer", () -> new Writer() { public void write(char[] q, int o, int l) {} public void flush() {} public void close() {} }.write("ab", 1, 2));
    p("SB", () -> new StringBuilder().append(c, 1, 2));
  }
}
