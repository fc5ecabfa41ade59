// Class-path resources next to the classes: Class.getResourceAsStream (relative to the
// class's package, or absolute with '/'), ClassLoader.getSystemResourceAsStream,
// getSystemClassLoader().getResourceAsStream and the class's own loader; null when missing.
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import res.pkg.Finder;

public class Resources {
    static void show(String what, InputStream in) throws IOException {
        if (in == null) {
            System.out.println(what + ": null");
            return;
        }
        StringBuilder sb = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, "UTF-8"))) {
            String line;
            while ((line = r.readLine()) != null)
                sb.append(line).append('|');
        }
        System.out.println(what + ": " + sb);
    }

    public static void main(String[] args) throws IOException {
        show("Resources top.txt", Resources.class.getResourceAsStream("top.txt"));
        show("Resources /top.txt", Resources.class.getResourceAsStream("/top.txt"));
        show("Resources /res/pkg/data.txt", Resources.class.getResourceAsStream("/res/pkg/data.txt"));
        show("Resources res/pkg/sub/deep.txt", Resources.class.getResourceAsStream("res/pkg/sub/deep.txt"));
        show("Finder data.txt", Finder.find("data.txt"));
        show("Finder sub/deep.txt", Finder.find("sub/deep.txt"));
        show("Finder top.txt", Finder.find("top.txt"));
        show("Finder /top.txt", Finder.find("/top.txt"));
        show("Finder.Inner data.txt", Finder.Inner.find("data.txt"));
        show("Finder missing.txt", Finder.find("missing.txt"));
        show("system res/pkg/data.txt", ClassLoader.getSystemResourceAsStream("res/pkg/data.txt"));
        show("system /res/pkg/data.txt", ClassLoader.getSystemResourceAsStream("/res/pkg/data.txt"));
        show("system nothing/here", ClassLoader.getSystemResourceAsStream("nothing/here"));
        show("system loader top.txt", ClassLoader.getSystemClassLoader().getResourceAsStream("top.txt"));
        show("own loader res/pkg/sub/deep.txt",
             Resources.class.getClassLoader().getResourceAsStream("res/pkg/sub/deep.txt"));

        /* class files are resources too */
        try (InputStream in = Finder.class.getResourceAsStream("Finder.class")) {
            System.out.printf("Finder.class starts %02X%02X%02X%02X%n", in.read(), in.read(), in.read(), in.read());
        }
        System.out.println("java/lang/Object.class found: "
                + (ClassLoader.getSystemResourceAsStream("java/lang/Object.class") != null));
        System.out.println("String.class found: " + (String.class.getResourceAsStream("String.class") != null));
        System.out.println("Object[] relative: " + (Object[].class.getResourceAsStream("Object.class") != null));

        InputStream in = Resources.class.getResourceAsStream("top.txt");
        byte[] b = new byte[64];
        int n = in.read(b);
        System.out.println("read " + n + " bytes, then " + in.read() + "; skip " + in.skip(4));
        in.close();
        try {
            Resources.class.getResourceAsStream(null);
        } catch (NullPointerException e) {
            System.out.println("null name: NullPointerException");
        }
    }
}
