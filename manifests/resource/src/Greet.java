import java.io.BufferedReader;
import java.io.FileReader;
import java.io.IOException;

/* Greet.java: prints the resource the manifest puts at /app/greeting.txt. */
public class Greet {
    public static void main(String[] args) throws IOException {
        String path = args.length > 0 ? args[0] : "/app/greeting.txt";
        BufferedReader in = new BufferedReader(new FileReader(path));
        try {
            String line;
            while ((line = in.readLine()) != null)
                System.out.println(line);
        } finally {
            in.close();
        }
    }
}
