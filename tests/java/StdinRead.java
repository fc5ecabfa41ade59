// Reads standard input line by line with BufferedReader (fed from StdinRead.in).
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;

public class StdinRead {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        String line;
        int lines = 0, words = 0;
        long sum = 0;
        StringBuilder longest = new StringBuilder();
        while ((line = in.readLine()) != null) {
            lines++;
            String t = line.trim();
            if (t.isEmpty()) continue;
            for (String w : t.split(" ")) {
                if (w.isEmpty()) continue;
                words++;
                try { sum += Long.parseLong(w); } catch (NumberFormatException e) { }
                if (w.length() > longest.length()) { longest.setLength(0); longest.append(w); }
            }
        }
        System.out.println("lines " + lines + " words " + words + " sum " + sum + " longest " + longest);
        System.out.println("after EOF: " + in.readLine() + " " + System.in.read());
    }
}
