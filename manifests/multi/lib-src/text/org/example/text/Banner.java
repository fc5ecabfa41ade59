package org.example.text;

/* Banner.java: frames a line of text. */
public final class Banner {
    private Banner() {
    }

    public static String frame(String line) {
        StringBuilder bar = new StringBuilder();
        for (int i = 0; i < line.length() + 4; i++)
            bar.append('*');
        return bar + "\n* " + line + " *\n" + bar;
    }
}
