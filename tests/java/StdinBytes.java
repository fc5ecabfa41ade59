// Reads standard input byte by byte with System.in.read() and in blocks.
import java.io.IOException;

public class StdinBytes {
    public static void main(String[] args) throws IOException {
        int first = System.in.read();
        byte[] buf = new byte[7];
        int n = System.in.read(buf, 0, 3);
        System.out.println("first " + first + " then " + n + " bytes " + new String(buf, 0, n));
        int total = 0, newlines = 0, c;
        long hash = 0;
        while ((c = System.in.read()) != -1) {
            total++;
            if (c == '\n') newlines++;
            hash = hash * 31 + c;
        }
        System.out.println("rest " + total + " newlines " + newlines + " hash " + hash + " eof again " + System.in.read());
    }
}
