package res.pkg;

import java.io.InputStream;

/* Looks up resources relative to its own package (res/pkg). */
public class Finder {
    public static InputStream find(String name) {
        return Finder.class.getResourceAsStream(name);
    }

    public static class Inner {
        public static InputStream find(String name) {
            return Inner.class.getResourceAsStream(name);
        }
    }
}
