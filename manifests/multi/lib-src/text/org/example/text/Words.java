package org.example.text;

/* Words.java: small string helpers (the library jar of the multi example). */
public final class Words {
    private Words() {
    }

    public static String capitalise(String s) {
        if (s.isEmpty())
            return s;
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
