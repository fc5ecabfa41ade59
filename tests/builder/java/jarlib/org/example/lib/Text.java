package org.example.lib;

public class Text {
    public static String shout(String s) { return s.toUpperCase() + "!"; }
}
