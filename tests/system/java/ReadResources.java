import java.io.BufferedReader;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.FileReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;

/* Files and resources from the domain's root filesystem image: class-path resources (/app),
 * a file placed by the image (/data/notes.txt) and the launch configuration itself. */
public class ReadResources {
    static String text(InputStream in) throws IOException {
        if (in == null)
            return "null";
        StringBuilder sb = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in))) {
            for (String line; (line = r.readLine()) != null;)
                sb.append(line).append('|');
        }
        return sb.toString();
    }

    public static void main(String[] args) throws IOException {
        System.out.println("resource greeting.txt: " + text(ReadResources.class.getResourceAsStream("greeting.txt")));
        System.out.println("resource /conf/settings.txt: " + text(ReadResources.class.getResourceAsStream("/conf/settings.txt")));
        System.out.println("system resource conf/settings.txt: " + text(ClassLoader.getSystemResourceAsStream("conf/settings.txt")));
        System.out.println("missing resource: " + text(ReadResources.class.getResourceAsStream("missing.txt")));
        System.out.println("file /data/notes.txt: " + text(new FileInputStream("/data/notes.txt")));
        File notes = new File("/data/notes.txt");
        System.out.println("File " + notes + ": exists " + notes.exists() + ", file " + notes.isFile()
                + ", length " + notes.length());
        System.out.println("directories: /data " + new File("/data").isDirectory() + ", /classlib/java/lang "
                + new File("/classlib/java/lang").isDirectory() + ", /nothing " + new File("/nothing").exists());
        try (BufferedReader r = new BufferedReader(new FileReader("/etc/stardust/java.conf"))) {
            System.out.println("java.conf first line: " + r.readLine());
        }
        try {
            new FileInputStream("/data/missing.txt");
        } catch (FileNotFoundException e) {
            System.out.println("FileNotFoundException: " + e.getMessage());
        }
    }
}
